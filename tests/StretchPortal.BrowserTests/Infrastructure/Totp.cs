using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;

namespace StretchPortal.BrowserTests.Infrastructure;

/// <summary>
/// What an authenticator app does, for journeys that sign in with two-factor authentication: the 6-digit time-based
/// code of RFC 6238 (HMAC-SHA1, 30-second steps) from the base32 setup key the portal shows.
/// </summary>
public static class Totp
{
    private const string Base32Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    /// <summary>The code for the 30-second step <paramref name="stepsAhead"/> steps after the one holding <paramref name="now"/>.</summary>
    public static string Code(string base32Key, DateTimeOffset now, int stepsAhead = 0)
    {
        var step = (now.ToUnixTimeSeconds() / 30) + stepsAhead;
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
#pragma warning disable CA5350 // RFC 6238 (and every authenticator app) uses HMAC-SHA1.
        var hash = HMACSHA1.HashData(Base32Decode(base32Key), counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0F;
        var binary = ((hash[offset] & 0x7F) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
    }

    /// <summary>RFC 4648 base32, ignoring case, spaces and padding (the portal shows the key in lower-case groups of four).</summary>
    public static byte[] Base32Decode(string text)
    {
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in text.ToUpperInvariant())
        {
            if (c is ' ' or '=' or '-')
            {
                continue;
            }

            var value = Base32Alphabet.IndexOf(c, StringComparison.Ordinal);
            if (value < 0)
            {
                throw new FormatException($"'{c}' is not a base32 character.");
            }

            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)((buffer >> bits) & 0xFF));
            }
        }

        return [.. bytes];
    }
}
