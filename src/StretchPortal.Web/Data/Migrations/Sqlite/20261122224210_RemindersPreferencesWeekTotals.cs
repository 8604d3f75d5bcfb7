using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StretchPortal.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RemindersPreferencesWeekTotals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<double>(
                name: "HoursOver",
                table: "StretchAssignments",
                type: "REAL",
                nullable: false,
                defaultValue: 0.0);

            migrationBuilder.AddColumn<DateTime>(
                name: "LastWeekUpdateAt",
                table: "StretchAssignments",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "WeeksBlocked",
                table: "StretchAssignments",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "WeeksDone",
                table: "StretchAssignments",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "WeeksOverHours",
                table: "StretchAssignments",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "WeeksPartlyDone",
                table: "StretchAssignments",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "WeeksSlipped",
                table: "StretchAssignments",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "WeeksUpdated",
                table: "StretchAssignments",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.Sql(WeekTotalsBackfill.Sqlite);

            migrationBuilder.CreateTable(
                name: "Leases",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Holder = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Leases", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "NotificationPreferences",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<string>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NotificationPreferences", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NotificationPreferences_AspNetUsers_PersonId",
                        column: x => x.PersonId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SentReminders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RecipientId = table.Column<string>(type: "TEXT", nullable: false),
                    SentAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SentReminders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SentReminders_AspNetUsers_RecipientId",
                        column: x => x.RecipientId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_StretchAssignments_Report",
                table: "StretchAssignments",
                columns: new[] { "EnrolmentId", "Id", "Status", "Type", "StartDate", "EndDate", "HoursPerWeek", "CreatedAt", "AgreedAt", "WeeksDone", "WeeksPartlyDone", "WeeksSlipped", "WeeksBlocked", "WeeksUpdated", "WeeksOverHours", "HoursOver", "LastWeekUpdateAt", "Title" });

            migrationBuilder.CreateIndex(
                name: "IX_NotificationPreferences_PersonId_Kind",
                table: "NotificationPreferences",
                columns: new[] { "PersonId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SentReminders_Key",
                table: "SentReminders",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SentReminders_RecipientId",
                table: "SentReminders",
                column: "RecipientId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Leases");

            migrationBuilder.DropTable(
                name: "NotificationPreferences");

            migrationBuilder.DropTable(
                name: "SentReminders");

            migrationBuilder.DropIndex(
                name: "IX_StretchAssignments_Report",
                table: "StretchAssignments");

            migrationBuilder.DropColumn(
                name: "HoursOver",
                table: "StretchAssignments");

            migrationBuilder.DropColumn(
                name: "LastWeekUpdateAt",
                table: "StretchAssignments");

            migrationBuilder.DropColumn(
                name: "WeeksBlocked",
                table: "StretchAssignments");

            migrationBuilder.DropColumn(
                name: "WeeksDone",
                table: "StretchAssignments");

            migrationBuilder.DropColumn(
                name: "WeeksOverHours",
                table: "StretchAssignments");

            migrationBuilder.DropColumn(
                name: "WeeksPartlyDone",
                table: "StretchAssignments");

            migrationBuilder.DropColumn(
                name: "WeeksSlipped",
                table: "StretchAssignments");

            migrationBuilder.DropColumn(
                name: "WeeksUpdated",
                table: "StretchAssignments");
        }
    }
}
