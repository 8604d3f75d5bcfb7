using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StretchPortal.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class StretchAssignments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CheckIns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    EnrolmentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    AuthorId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    WithMentor = table.Column<bool>(type: "bit", nullable: false),
                    WithSponsor = table.Column<bool>(type: "bit", nullable: false),
                    WithCoach = table.Column<bool>(type: "bit", nullable: false),
                    Notes = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    NotesArePrivate = table.Column<bool>(type: "bit", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CheckIns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CheckIns_AspNetUsers_AuthorId",
                        column: x => x.AuthorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CheckIns_Enrolments_EnrolmentId",
                        column: x => x.EnrolmentId,
                        principalTable: "Enrolments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PdrObjectives",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PersonId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    Year = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Description = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PdrObjectives", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PdrObjectives_AspNetUsers_PersonId",
                        column: x => x.PersonId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StretchAssignments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    EnrolmentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Type = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    OtherType = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Aim = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    Description = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    MenteeRole = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    AnticipatedOutcomes = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: false),
                    HoursPerWeek = table.Column<double>(type: "float", nullable: false),
                    HostOrganisation = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    AgreedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    StartedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    CompletedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    PresentedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    OutcomesAchieved = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    LessonsLearned = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    PracticeImprovements = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    WithdrawalReason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    AgreedScopeJson = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StretchAssignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StretchAssignments_Enrolments_EnrolmentId",
                        column: x => x.EnrolmentId,
                        principalTable: "Enrolments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CheckInActions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CheckInId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Description = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    OwnerId = table.Column<string>(type: "nvarchar(450)", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CompletedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CheckInActions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CheckInActions_AspNetUsers_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CheckInActions_CheckIns_CheckInId",
                        column: x => x.CheckInId,
                        principalTable: "CheckIns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AssignmentEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AssignmentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ActorId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Comment = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    ChangedFields = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssignmentEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AssignmentEvents_AspNetUsers_ActorId",
                        column: x => x.ActorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AssignmentEvents_StretchAssignments_AssignmentId",
                        column: x => x.AssignmentId,
                        principalTable: "StretchAssignments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AssignmentPdrObjective",
                columns: table => new
                {
                    AssignmentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PdrObjectiveId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssignmentPdrObjective", x => new { x.AssignmentId, x.PdrObjectiveId });
                    table.ForeignKey(
                        name: "FK_AssignmentPdrObjective_PdrObjectives_PdrObjectiveId",
                        column: x => x.PdrObjectiveId,
                        principalTable: "PdrObjectives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AssignmentPdrObjective_StretchAssignments_AssignmentId",
                        column: x => x.AssignmentId,
                        principalTable: "StretchAssignments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AssignmentPriority",
                columns: table => new
                {
                    AssignmentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    IcsPriorityId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssignmentPriority", x => new { x.AssignmentId, x.IcsPriorityId });
                    table.ForeignKey(
                        name: "FK_AssignmentPriority_IcsPriorities_IcsPriorityId",
                        column: x => x.IcsPriorityId,
                        principalTable: "IcsPriorities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AssignmentPriority_StretchAssignments_AssignmentId",
                        column: x => x.AssignmentId,
                        principalTable: "StretchAssignments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WeeklyDeliverables",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AssignmentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    WeekStarting = table.Column<DateOnly>(type: "date", nullable: false),
                    Plan = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    LinkToAim = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Note = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    HoursWorked = table.Column<double>(type: "float", nullable: true),
                    PlannedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    MentorComment = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    MentorCommentedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    SignedOffAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    SignedOffById = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WeeklyDeliverables", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WeeklyDeliverables_StretchAssignments_AssignmentId",
                        column: x => x.AssignmentId,
                        principalTable: "StretchAssignments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AssignmentEvents_ActorId",
                table: "AssignmentEvents",
                column: "ActorId");

            migrationBuilder.CreateIndex(
                name: "IX_AssignmentEvents_AssignmentId_OccurredAt",
                table: "AssignmentEvents",
                columns: new[] { "AssignmentId", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_AssignmentPdrObjective_PdrObjectiveId",
                table: "AssignmentPdrObjective",
                column: "PdrObjectiveId");

            migrationBuilder.CreateIndex(
                name: "IX_AssignmentPriority_IcsPriorityId",
                table: "AssignmentPriority",
                column: "IcsPriorityId");

            migrationBuilder.CreateIndex(
                name: "IX_CheckInActions_CheckInId",
                table: "CheckInActions",
                column: "CheckInId");

            migrationBuilder.CreateIndex(
                name: "IX_CheckInActions_OwnerId_CompletedAt",
                table: "CheckInActions",
                columns: new[] { "OwnerId", "CompletedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CheckIns_AuthorId",
                table: "CheckIns",
                column: "AuthorId");

            migrationBuilder.CreateIndex(
                name: "IX_CheckIns_EnrolmentId_HeldOn",
                table: "CheckIns",
                columns: new[] { "EnrolmentId", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_PdrObjectives_PersonId_Year",
                table: "PdrObjectives",
                columns: new[] { "PersonId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_StretchAssignments_EnrolmentId_Status",
                table: "StretchAssignments",
                columns: new[] { "EnrolmentId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_StretchAssignments_Status",
                table: "StretchAssignments",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_WeeklyDeliverables_AssignmentId_WeekStarting",
                table: "WeeklyDeliverables",
                columns: new[] { "AssignmentId", "WeekStarting" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AssignmentEvents");

            migrationBuilder.DropTable(
                name: "AssignmentPdrObjective");

            migrationBuilder.DropTable(
                name: "AssignmentPriority");

            migrationBuilder.DropTable(
                name: "CheckInActions");

            migrationBuilder.DropTable(
                name: "WeeklyDeliverables");

            migrationBuilder.DropTable(
                name: "PdrObjectives");

            migrationBuilder.DropTable(
                name: "CheckIns");

            migrationBuilder.DropTable(
                name: "StretchAssignments");
        }
    }
}
