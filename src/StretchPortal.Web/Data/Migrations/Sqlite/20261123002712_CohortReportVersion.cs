using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StretchPortal.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CohortReportVersion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "ReportVersion",
                table: "Cohorts",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ReportVersion",
                table: "Cohorts");
        }
    }
}
