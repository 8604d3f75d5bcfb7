using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StretchPortal.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class OpportunitiesCoachingEventsEquality : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AlumniPosts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    EventStartsAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    AuthorId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    PostedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AlumniPosts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AlumniPosts_AspNetUsers_AuthorId",
                        column: x => x.AuthorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AlumniPosts_Programmes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "Programmes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AlumniProfiles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    EnrolmentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PersonId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    IsListed = table.Column<bool>(type: "bit", nullable: false),
                    Role = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Organisation = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    AssignmentId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ListedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AlumniProfiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AlumniProfiles_AspNetUsers_PersonId",
                        column: x => x.PersonId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AlumniProfiles_Enrolments_EnrolmentId",
                        column: x => x.EnrolmentId,
                        principalTable: "Enrolments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AlumniProfiles_StretchAssignments_AssignmentId",
                        column: x => x.AssignmentId,
                        principalTable: "StretchAssignments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CelebrationEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    StartsAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Venue = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    Description = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    RunningOrderChangedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CelebrationEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CelebrationEvents_Programmes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "Programmes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CoachApplications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ApplicantId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    QualificationName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    QualificationProvider = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    QualificationLevel = table.Column<int>(type: "int", nullable: false),
                    ExperienceSummary = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    NumberOfCoachees = table.Column<int>(type: "int", nullable: false),
                    CoacheeSeniority = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    CoachingRegister = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    RegionsOffered = table.Column<int>(type: "int", nullable: false),
                    ActiveRegisterMember = table.Column<bool>(type: "bit", nullable: false),
                    HasSupervision = table.Column<bool>(type: "bit", nullable: false),
                    CpdEvidenced = table.Column<bool>(type: "bit", nullable: false),
                    AvailableOnceTrained = table.Column<bool>(type: "bit", nullable: false),
                    LineManagerPermission = table.Column<bool>(type: "bit", nullable: false),
                    AcceptsTerms = table.Column<bool>(type: "bit", nullable: false),
                    AcceptsDataUse = table.Column<bool>(type: "bit", nullable: false),
                    LineManagerName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    LineManagerEmail = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    LineManagerTokenHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    LineManagerTokenExpiresAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    LineManagerTokenUsedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    LineManagerConfirmedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    SubmittedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    DecisionReason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    DecidedById = table.Column<string>(type: "nvarchar(450)", nullable: true),
                    DecidedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    RecordedSessionConfirmedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    TrainedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Capacity = table.Column<int>(type: "int", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CoachApplications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CoachApplications_AspNetUsers_ApplicantId",
                        column: x => x.ApplicantId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CoachApplications_AspNetUsers_DecidedById",
                        column: x => x.DecidedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CoachingRelationships",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CoachId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    CoacheeId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    MatchedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    MatchedById = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CoachingRelationships", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CoachingRelationships_AspNetUsers_CoachId",
                        column: x => x.CoachId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CoachingRelationships_AspNetUsers_CoacheeId",
                        column: x => x.CoacheeId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CoachingRelationships_AspNetUsers_MatchedById",
                        column: x => x.MatchedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CoachingWorkshops",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Part = table.Column<int>(type: "int", nullable: false),
                    StartsAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Place = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Capacity = table.Column<int>(type: "int", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CoachingWorkshops", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CoachSupervisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CoachId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Quarter = table.Column<int>(type: "int", nullable: false),
                    Attended = table.Column<bool>(type: "bit", nullable: false),
                    AttendedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RecordedById = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CoachSupervisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CoachSupervisions_AspNetUsers_CoachId",
                        column: x => x.CoachId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CoachSupervisions_AspNetUsers_RecordedById",
                        column: x => x.RecordedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EqualityDeclarations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PersonId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    EthnicGroup = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Sex = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Disability = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    AgeBand = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    SexualOrientation = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Religion = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EqualityDeclarations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EqualityDeclarations_AspNetUsers_PersonId",
                        column: x => x.PersonId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FacilitatedSessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    StartsAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Location = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    Description = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    AttendanceRecordedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FacilitatedSessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FacilitatedSessions_Programmes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "Programmes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Leavers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PersonId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    LeftOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Note = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    RecordedById = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Leavers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Leavers_AspNetUsers_PersonId",
                        column: x => x.PersonId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Leavers_AspNetUsers_RecordedById",
                        column: x => x.RecordedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Opportunities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Type = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Team = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Band = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    HoursPerWeek = table.Column<decimal>(type: "decimal(5,2)", precision: 5, scale: 2, nullable: false),
                    Duration = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Places = table.Column<int>(type: "int", nullable: false),
                    ClosesAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Channels = table.Column<int>(type: "int", nullable: false),
                    PositiveAction = table.Column<bool>(type: "bit", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    ExplainOrComply = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    WithdrawalReason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    PublishedById = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    PublishedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    FilledAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Appointed = table.Column<int>(type: "int", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Opportunities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Opportunities_AspNetUsers_PublishedById",
                        column: x => x.PublishedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Opportunities_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Resources",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Audience = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Topics = table.Column<int>(type: "int", nullable: false),
                    Url = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    IsArchived = table.Column<bool>(type: "bit", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Resources", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StaffPoolGroups",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Characteristic = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Group = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    Count = table.Column<int>(type: "int", nullable: false),
                    ImportedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ImportedById = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StaffPoolGroups", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StaffPoolGroups_AspNetUsers_ImportedById",
                        column: x => x.ImportedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StaffPoolGroups_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Presentation",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AssignmentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Position = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Presentation", x => new { x.EventId, x.AssignmentId });
                    table.ForeignKey(
                        name: "FK_Presentation_CelebrationEvents_EventId",
                        column: x => x.EventId,
                        principalTable: "CelebrationEvents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Presentation_StretchAssignments_AssignmentId",
                        column: x => x.AssignmentId,
                        principalTable: "StretchAssignments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CoachingSessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CoachingRelationshipId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Minutes = table.Column<int>(type: "int", nullable: false),
                    Mode = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    PrivateNotes = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    LoggedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CoachingSessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CoachingSessions_CoachingRelationships_CoachingRelationshipId",
                        column: x => x.CoachingRelationshipId,
                        principalTable: "CoachingRelationships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CoachingWorkshopBookings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CoachingWorkshopId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CoachApplicationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    BookedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Attended = table.Column<bool>(type: "bit", nullable: false),
                    AttendanceRecordedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CoachingWorkshopBookings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CoachingWorkshopBookings_CoachApplications_CoachApplicationId",
                        column: x => x.CoachApplicationId,
                        principalTable: "CoachApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CoachingWorkshopBookings_CoachingWorkshops_CoachingWorkshopId",
                        column: x => x.CoachingWorkshopId,
                        principalTable: "CoachingWorkshops",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SessionAttendance",
                columns: table => new
                {
                    SessionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PersonId = table.Column<string>(type: "nvarchar(450)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SessionAttendance", x => new { x.SessionId, x.PersonId });
                    table.ForeignKey(
                        name: "FK_SessionAttendance_AspNetUsers_PersonId",
                        column: x => x.PersonId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SessionAttendance_FacilitatedSessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "FacilitatedSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ExpressionsOfInterest",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OpportunityId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PersonId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    Statement = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    WithdrawnAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Stage = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExpressionsOfInterest", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExpressionsOfInterest_AspNetUsers_PersonId",
                        column: x => x.PersonId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ExpressionsOfInterest_Opportunities_OpportunityId",
                        column: x => x.OpportunityId,
                        principalTable: "Opportunities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ResourcePriority",
                columns: table => new
                {
                    ResourceId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    IcsPriorityId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ResourcePriority", x => new { x.ResourceId, x.IcsPriorityId });
                    table.ForeignKey(
                        name: "FK_ResourcePriority_IcsPriorities_IcsPriorityId",
                        column: x => x.IcsPriorityId,
                        principalTable: "IcsPriorities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ResourcePriority_Resources_ResourceId",
                        column: x => x.ResourceId,
                        principalTable: "Resources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ResourceRecommendations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ResourceId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CoachId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    CoacheeId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    Note = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    RecommendedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ResourceRecommendations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ResourceRecommendations_AspNetUsers_CoachId",
                        column: x => x.CoachId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ResourceRecommendations_AspNetUsers_CoacheeId",
                        column: x => x.CoacheeId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ResourceRecommendations_Resources_ResourceId",
                        column: x => x.ResourceId,
                        principalTable: "Resources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SelectionDecisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ExpressionOfInterestId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Decision = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    DecidedById = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    DecidedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SelectionDecisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SelectionDecisions_AspNetUsers_DecidedById",
                        column: x => x.DecidedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SelectionDecisions_ExpressionsOfInterest_ExpressionOfInterestId",
                        column: x => x.ExpressionOfInterestId,
                        principalTable: "ExpressionsOfInterest",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_WeeklyDeliverables_Progress",
                table: "WeeklyDeliverables",
                columns: new[] { "AssignmentId", "WeekStarting", "Status", "UpdatedAt", "HoursWorked" });

            migrationBuilder.CreateIndex(
                name: "IX_AlumniPosts_AuthorId",
                table: "AlumniPosts",
                column: "AuthorId");

            migrationBuilder.CreateIndex(
                name: "IX_AlumniPosts_ProgrammeId_PostedAt",
                table: "AlumniPosts",
                columns: new[] { "ProgrammeId", "PostedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_AlumniProfiles_AssignmentId",
                table: "AlumniProfiles",
                column: "AssignmentId");

            migrationBuilder.CreateIndex(
                name: "IX_AlumniProfiles_EnrolmentId",
                table: "AlumniProfiles",
                column: "EnrolmentId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AlumniProfiles_PersonId",
                table: "AlumniProfiles",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_CelebrationEvents_ProgrammeId_StartsAt",
                table: "CelebrationEvents",
                columns: new[] { "ProgrammeId", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CoachApplications_ApplicantId_Status",
                table: "CoachApplications",
                columns: new[] { "ApplicantId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_CoachApplications_DecidedById",
                table: "CoachApplications",
                column: "DecidedById");

            migrationBuilder.CreateIndex(
                name: "IX_CoachApplications_LineManagerTokenHash",
                table: "CoachApplications",
                column: "LineManagerTokenHash");

            migrationBuilder.CreateIndex(
                name: "IX_CoachApplications_Status",
                table: "CoachApplications",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_CoachingRelationships_CoacheeId",
                table: "CoachingRelationships",
                column: "CoacheeId");

            migrationBuilder.CreateIndex(
                name: "IX_CoachingRelationships_CoachId",
                table: "CoachingRelationships",
                column: "CoachId");

            migrationBuilder.CreateIndex(
                name: "IX_CoachingRelationships_MatchedById",
                table: "CoachingRelationships",
                column: "MatchedById");

            migrationBuilder.CreateIndex(
                name: "IX_CoachingSessions_CoachingRelationshipId_HeldOn",
                table: "CoachingSessions",
                columns: new[] { "CoachingRelationshipId", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_CoachingWorkshopBookings_CoachApplicationId_CoachingWorkshopId",
                table: "CoachingWorkshopBookings",
                columns: new[] { "CoachApplicationId", "CoachingWorkshopId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CoachingWorkshopBookings_CoachingWorkshopId",
                table: "CoachingWorkshopBookings",
                column: "CoachingWorkshopId");

            migrationBuilder.CreateIndex(
                name: "IX_CoachingWorkshops_Part_StartsAtUtc",
                table: "CoachingWorkshops",
                columns: new[] { "Part", "StartsAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_CoachSupervisions_CoachId_Year_Quarter",
                table: "CoachSupervisions",
                columns: new[] { "CoachId", "Year", "Quarter" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CoachSupervisions_RecordedById",
                table: "CoachSupervisions",
                column: "RecordedById");

            migrationBuilder.CreateIndex(
                name: "IX_CoachSupervisions_Year_Quarter",
                table: "CoachSupervisions",
                columns: new[] { "Year", "Quarter" });

            migrationBuilder.CreateIndex(
                name: "IX_EqualityDeclarations_PersonId",
                table: "EqualityDeclarations",
                column: "PersonId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ExpressionsOfInterest_OpportunityId_PersonId",
                table: "ExpressionsOfInterest",
                columns: new[] { "OpportunityId", "PersonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ExpressionsOfInterest_PersonId_SubmittedAtUtc",
                table: "ExpressionsOfInterest",
                columns: new[] { "PersonId", "SubmittedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_FacilitatedSessions_ProgrammeId_StartsAt",
                table: "FacilitatedSessions",
                columns: new[] { "ProgrammeId", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Leavers_LeftOn",
                table: "Leavers",
                column: "LeftOn");

            migrationBuilder.CreateIndex(
                name: "IX_Leavers_PersonId_LeftOn",
                table: "Leavers",
                columns: new[] { "PersonId", "LeftOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Leavers_RecordedById",
                table: "Leavers",
                column: "RecordedById");

            migrationBuilder.CreateIndex(
                name: "IX_Opportunities_OrganisationId",
                table: "Opportunities",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Opportunities_PublishedById",
                table: "Opportunities",
                column: "PublishedById");

            migrationBuilder.CreateIndex(
                name: "IX_Opportunities_Status_ClosesAtUtc",
                table: "Opportunities",
                columns: new[] { "Status", "ClosesAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Presentation_AssignmentId",
                table: "Presentation",
                column: "AssignmentId");

            migrationBuilder.CreateIndex(
                name: "IX_ResourcePriority_IcsPriorityId",
                table: "ResourcePriority",
                column: "IcsPriorityId");

            migrationBuilder.CreateIndex(
                name: "IX_ResourceRecommendations_CoacheeId_RecommendedAt",
                table: "ResourceRecommendations",
                columns: new[] { "CoacheeId", "RecommendedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ResourceRecommendations_CoachId",
                table: "ResourceRecommendations",
                column: "CoachId");

            migrationBuilder.CreateIndex(
                name: "IX_ResourceRecommendations_ResourceId",
                table: "ResourceRecommendations",
                column: "ResourceId");

            migrationBuilder.CreateIndex(
                name: "IX_Resources_IsArchived_Audience_Title",
                table: "Resources",
                columns: new[] { "IsArchived", "Audience", "Title" });

            migrationBuilder.CreateIndex(
                name: "IX_SelectionDecisions_DecidedById",
                table: "SelectionDecisions",
                column: "DecidedById");

            migrationBuilder.CreateIndex(
                name: "IX_SelectionDecisions_ExpressionOfInterestId_DecidedAtUtc",
                table: "SelectionDecisions",
                columns: new[] { "ExpressionOfInterestId", "DecidedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_SessionAttendance_PersonId",
                table: "SessionAttendance",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_StaffPoolGroups_ImportedById",
                table: "StaffPoolGroups",
                column: "ImportedById");

            migrationBuilder.CreateIndex(
                name: "IX_StaffPoolGroups_OrganisationId_Characteristic",
                table: "StaffPoolGroups",
                columns: new[] { "OrganisationId", "Characteristic" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AlumniPosts");

            migrationBuilder.DropTable(
                name: "AlumniProfiles");

            migrationBuilder.DropTable(
                name: "CoachingSessions");

            migrationBuilder.DropTable(
                name: "CoachingWorkshopBookings");

            migrationBuilder.DropTable(
                name: "CoachSupervisions");

            migrationBuilder.DropTable(
                name: "EqualityDeclarations");

            migrationBuilder.DropTable(
                name: "Leavers");

            migrationBuilder.DropTable(
                name: "Presentation");

            migrationBuilder.DropTable(
                name: "ResourcePriority");

            migrationBuilder.DropTable(
                name: "ResourceRecommendations");

            migrationBuilder.DropTable(
                name: "SelectionDecisions");

            migrationBuilder.DropTable(
                name: "SessionAttendance");

            migrationBuilder.DropTable(
                name: "StaffPoolGroups");

            migrationBuilder.DropTable(
                name: "CoachingRelationships");

            migrationBuilder.DropTable(
                name: "CoachApplications");

            migrationBuilder.DropTable(
                name: "CoachingWorkshops");

            migrationBuilder.DropTable(
                name: "CelebrationEvents");

            migrationBuilder.DropTable(
                name: "Resources");

            migrationBuilder.DropTable(
                name: "ExpressionsOfInterest");

            migrationBuilder.DropTable(
                name: "FacilitatedSessions");

            migrationBuilder.DropTable(
                name: "Opportunities");

            migrationBuilder.DropIndex(
                name: "IX_WeeklyDeliverables_Progress",
                table: "WeeklyDeliverables");
        }
    }
}
