using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StretchPortal.Web.Data.Migrations.SqlServer
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
                type: "bigint",
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
