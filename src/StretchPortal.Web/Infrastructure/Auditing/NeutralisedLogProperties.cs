using Serilog.Core;
using Serilog.Events;

namespace StretchPortal.Web.Infrastructure.Auditing;

/// <summary>
/// Serilog enricher that runs every property of every log event through <see cref="UntrustedText"/> (strings inside
/// sequences, structures and dictionaries too, and values rendered through ToString), so that a request path, a header
/// or anything else a visitor controls cannot forge a log line on the console or in the file.
/// </summary>
public sealed class NeutralisedLogProperties : ILogEventEnricher
{
    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        foreach (var (name, value) in logEvent.Properties.ToList())
        {
            var safe = Clean(value);
            if (!ReferenceEquals(safe, value))
            {
                logEvent.AddOrUpdateProperty(new LogEventProperty(name, safe));
            }
        }
    }

    private static LogEventPropertyValue Clean(LogEventPropertyValue value)
    {
        switch (value)
        {
            case ScalarValue { Value: string text }:
                return UntrustedText.NeedsEscaping(text) ? new ScalarValue(UntrustedText.Neutralise(text)) : value;
            case ScalarValue { Value: { } other } when other is not IConvertible:
                var rendered = other.ToString() ?? "";
                return UntrustedText.NeedsEscaping(rendered) ? new ScalarValue(UntrustedText.Neutralise(rendered)) : value;
            case SequenceValue sequence:
                var items = sequence.Elements.Select(Clean).ToList();
                return items.SequenceEqual(sequence.Elements) ? value : new SequenceValue(items);
            case StructureValue structure:
                var properties = structure.Properties.Select(p => new LogEventProperty(p.Name, Clean(p.Value))).ToList();
                return properties.Select(p => p.Value).SequenceEqual(structure.Properties.Select(p => p.Value))
                    ? value
                    : new StructureValue(properties, structure.TypeTag);
            case DictionaryValue dictionary:
                var pairs = dictionary.Elements
                    .Select(p => new KeyValuePair<ScalarValue, LogEventPropertyValue>((ScalarValue)Clean(p.Key), Clean(p.Value)))
                    .ToList();
                return pairs.Zip(dictionary.Elements).All(z => ReferenceEquals(z.First.Key, z.Second.Key) && ReferenceEquals(z.First.Value, z.Second.Value))
                    ? value
                    : new DictionaryValue(pairs);
            default:
                return value;
        }
    }
}
