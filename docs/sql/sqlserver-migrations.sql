IF OBJECT_ID(N'[__EFMigrationsHistory]') IS NULL
BEGIN
    CREATE TABLE [__EFMigrationsHistory] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK___EFMigrationsHistory] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122160018_Initial'
)
BEGIN
    CREATE TABLE [AspNetRoles] (
        [Id] nvarchar(450) NOT NULL,
        [Name] nvarchar(256) NULL,
        [NormalizedName] nvarchar(256) NULL,
        [ConcurrencyStamp] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetRoles] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122160018_Initial'
)
BEGIN
    CREATE TABLE [AuditEntries] (
        [Id] bigint NOT NULL IDENTITY,
        [OccurredAt] datetime2 NOT NULL,
        [ActorId] nvarchar(64) NOT NULL,
        [Action] nvarchar(100) NOT NULL,
        [EntityType] nvarchar(100) NOT NULL,
        [EntityId] nvarchar(64) NOT NULL,
        [Changes] nvarchar(max) NULL,
        [FromAddress] nvarchar(64) NULL,
        CONSTRAINT [PK_AuditEntries] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122160018_Initial'
)
BEGIN
    CREATE TABLE [DataProtectionKeys] (
        [Id] int NOT NULL IDENTITY,
        [FriendlyName] nvarchar(max) NULL,
        [Xml] nvarchar(max) NULL,
        CONSTRAINT [PK_DataProtectionKeys] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122160018_Initial'
)
BEGIN
    CREATE TABLE [IcsPriorities] (
        [Id] uniqueidentifier NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [Description] nvarchar(1000) NULL,
        [SortOrder] int NOT NULL,
        [IsArchived] bit NOT NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_IcsPriorities] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122160018_Initial'
)
BEGIN
    CREATE TABLE [Organisations] (
        [Id] uniqueidentifier NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [Region] nvarchar(40) NULL,
        [IsArchived] bit NOT NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_Organisations] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122160018_Initial'
)
BEGIN
    CREATE TABLE [AspNetRoleClaims] (
        [Id] int NOT NULL IDENTITY,
        [RoleId] nvarchar(450) NOT NULL,
        [ClaimType] nvarchar(max) NULL,
        [ClaimValue] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetRoleClaims] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AspNetRoleClaims_AspNetRoles_RoleId] FOREIGN KEY ([RoleId]) REFERENCES [AspNetRoles] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122160018_Initial'
)
BEGIN
    CREATE TABLE [AspNetUsers] (
        [Id] nvarchar(450) NOT NULL,
        [FullName] nvarchar(200) NOT NULL,
        [JobTitle] nvarchar(200) NULL,
        [OrganisationId] uniqueidentifier NULL,
        [Region] nvarchar(40) NULL,
        [IsActive] bit NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [UserName] nvarchar(256) NULL,
        [NormalizedUserName] nvarchar(256) NULL,
        [Email] nvarchar(256) NULL,
        [NormalizedEmail] nvarchar(256) NULL,
        [EmailConfirmed] bit NOT NULL,
        [PasswordHash] nvarchar(max) NULL,
        [SecurityStamp] nvarchar(max) NULL,
        [ConcurrencyStamp] nvarchar(max) NULL,
        [PhoneNumber] nvarchar(max) NULL,
        [PhoneNumberConfirmed] bit NOT NULL,
        [TwoFactorEnabled] bit NOT NULL,
        [LockoutEnd] datetimeoffset NULL,
        [LockoutEnabled] bit NOT NULL,
        [AccessFailedCount] int NOT NULL,
        CONSTRAINT [PK_AspNetUsers] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AspNetUsers_Organisations_OrganisationId] FOREIGN KEY ([OrganisationId]) REFERENCES [Organisations] ([Id]) ON DELETE SET NULL
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122160018_Initial'
)
BEGIN
    CREATE TABLE [Programmes] (
        [Id] uniqueidentifier NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [Description] nvarchar(4000) NULL,
        [OrganisationId] uniqueidentifier NOT NULL,
        [Year] nvarchar(20) NOT NULL,
        [PracticalElementStart] date NOT NULL,
        [PracticalElementEnd] date NOT NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_Programmes] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Programmes_Organisations_OrganisationId] FOREIGN KEY ([OrganisationId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122160018_Initial'
)
BEGIN
    CREATE TABLE [AspNetUserClaims] (
        [Id] int NOT NULL IDENTITY,
        [UserId] nvarchar(450) NOT NULL,
        [ClaimType] nvarchar(max) NULL,
        [ClaimValue] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetUserClaims] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AspNetUserClaims_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122160018_Initial'
)
BEGIN
    CREATE TABLE [AspNetUserLogins] (
        [LoginProvider] nvarchar(450) NOT NULL,
        [ProviderKey] nvarchar(450) NOT NULL,
        [ProviderDisplayName] nvarchar(max) NULL,
        [UserId] nvarchar(450) NOT NULL,
        CONSTRAINT [PK_AspNetUserLogins] PRIMARY KEY ([LoginProvider], [ProviderKey]),
        CONSTRAINT [FK_AspNetUserLogins_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122160018_Initial'
)
BEGIN
    CREATE TABLE [AspNetUserRoles] (
        [UserId] nvarchar(450) NOT NULL,
        [RoleId] nvarchar(450) NOT NULL,
        CONSTRAINT [PK_AspNetUserRoles] PRIMARY KEY ([UserId], [RoleId]),
        CONSTRAINT [FK_AspNetUserRoles_AspNetRoles_RoleId] FOREIGN KEY ([RoleId]) REFERENCES [AspNetRoles] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_AspNetUserRoles_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122160018_Initial'
)
BEGIN
    CREATE TABLE [AspNetUserTokens] (
        [UserId] nvarchar(450) NOT NULL,
        [LoginProvider] nvarchar(450) NOT NULL,
        [Name] nvarchar(450) NOT NULL,
        [Value] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetUserTokens] PRIMARY KEY ([UserId], [LoginProvider], [Name]),
        CONSTRAINT [FK_AspNetUserTokens_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122160018_Initial'
)
BEGIN
    CREATE TABLE [Cohorts] (
        [Id] uniqueidentifier NOT NULL,
        [ProgrammeId] uniqueidentifier NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [StartDate] date NOT NULL,
        [EndDate] date NOT NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_Cohorts] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Cohorts_Programmes_ProgrammeId] FOREIGN KEY ([ProgrammeId]) REFERENCES [Programmes] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122160018_Initial'
)
BEGIN
    CREATE TABLE [ProgrammeLeads] (
        [ProgrammeId] uniqueidentifier NOT NULL,
        [PersonId] nvarchar(450) NOT NULL,
        CONSTRAINT [PK_ProgrammeLeads] PRIMARY KEY ([ProgrammeId], [PersonId]),
        CONSTRAINT [FK_ProgrammeLeads_AspNetUsers_PersonId] FOREIGN KEY ([PersonId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_ProgrammeLeads_Programmes_ProgrammeId] FOREIGN KEY ([ProgrammeId]) REFERENCES [Programmes] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122160018_Initial'
)
BEGIN
    CREATE TABLE [Enrolments] (
        [Id] uniqueidentifier NOT NULL,
        [CohortId] uniqueidentifier NOT NULL,
        [MenteeId] nvarchar(450) NOT NULL,
        [MentorId] nvarchar(450) NULL,
        [SponsorId] nvarchar(450) NULL,
        [CoachId] nvarchar(450) NULL,
        [Status] nvarchar(20) NOT NULL,
        [EnrolledAt] datetime2 NOT NULL,
        [WithdrawalReason] nvarchar(2000) NULL,
        [EndedAt] datetime2 NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_Enrolments] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Enrolments_AspNetUsers_CoachId] FOREIGN KEY ([CoachId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Enrolments_AspNetUsers_MenteeId] FOREIGN KEY ([MenteeId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Enrolments_AspNetUsers_MentorId] FOREIGN KEY ([MentorId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Enrolments_AspNetUsers_SponsorId] FOREIGN KEY ([SponsorId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Enrolments_Cohorts_CohortId] FOREIGN KEY ([CohortId]) REFERENCES [Cohorts] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122160018_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetRoleClaims_RoleId] ON [AspNetRoleClaims] ([RoleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122160018_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [RoleNameIndex] ON [AspNetRoles] ([NormalizedName]) WHERE [NormalizedName] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122160018_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUserClaims_UserId] ON [AspNetUserClaims] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122160018_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUserLogins_UserId] ON [AspNetUserLogins] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122160018_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUserRoles_RoleId] ON [AspNetUserRoles] ([RoleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122160018_Initial'
)
BEGIN
    CREATE INDEX [EmailIndex] ON [AspNetUsers] ([NormalizedEmail]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122160018_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUsers_FullName] ON [AspNetUsers] ([FullName]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122160018_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUsers_OrganisationId] ON [AspNetUsers] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122160018_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [UserNameIndex] ON [AspNetUsers] ([NormalizedUserName]) WHERE [NormalizedUserName] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122160018_Initial'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_ActorId] ON [AuditEntries] ([ActorId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122160018_Initial'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_EntityType_EntityId] ON [AuditEntries] ([EntityType], [EntityId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122160018_Initial'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_OccurredAt] ON [AuditEntries] ([OccurredAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122160018_Initial'
)
BEGIN
    CREATE INDEX [IX_Cohorts_ProgrammeId] ON [Cohorts] ([ProgrammeId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122160018_Initial'
)
BEGIN
    CREATE INDEX [IX_Enrolments_CoachId] ON [Enrolments] ([CoachId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122160018_Initial'
)
BEGIN
    CREATE INDEX [IX_Enrolments_CohortId_Status] ON [Enrolments] ([CohortId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122160018_Initial'
)
BEGIN
    CREATE INDEX [IX_Enrolments_MenteeId] ON [Enrolments] ([MenteeId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122160018_Initial'
)
BEGIN
    CREATE INDEX [IX_Enrolments_MentorId] ON [Enrolments] ([MentorId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122160018_Initial'
)
BEGIN
    CREATE INDEX [IX_Enrolments_SponsorId] ON [Enrolments] ([SponsorId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122160018_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_IcsPriorities_Name] ON [IcsPriorities] ([Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122160018_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Organisations_Name] ON [Organisations] ([Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122160018_Initial'
)
BEGIN
    CREATE INDEX [IX_ProgrammeLeads_PersonId] ON [ProgrammeLeads] ([PersonId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122160018_Initial'
)
BEGIN
    CREATE INDEX [IX_Programmes_OrganisationId] ON [Programmes] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122160018_Initial'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261122160018_Initial', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122164530_StretchAssignments'
)
BEGIN
    CREATE TABLE [CheckIns] (
        [Id] uniqueidentifier NOT NULL,
        [EnrolmentId] uniqueidentifier NOT NULL,
        [HeldOn] date NOT NULL,
        [AuthorId] nvarchar(450) NOT NULL,
        [WithMentor] bit NOT NULL,
        [WithSponsor] bit NOT NULL,
        [WithCoach] bit NOT NULL,
        [Notes] nvarchar(4000) NULL,
        [NotesArePrivate] bit NOT NULL,
        [RecordedAt] datetime2 NOT NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_CheckIns] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CheckIns_AspNetUsers_AuthorId] FOREIGN KEY ([AuthorId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_CheckIns_Enrolments_EnrolmentId] FOREIGN KEY ([EnrolmentId]) REFERENCES [Enrolments] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122164530_StretchAssignments'
)
BEGIN
    CREATE TABLE [PdrObjectives] (
        [Id] uniqueidentifier NOT NULL,
        [PersonId] nvarchar(450) NOT NULL,
        [Year] nvarchar(20) NOT NULL,
        [Title] nvarchar(300) NOT NULL,
        [Description] nvarchar(2000) NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_PdrObjectives] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_PdrObjectives_AspNetUsers_PersonId] FOREIGN KEY ([PersonId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122164530_StretchAssignments'
)
BEGIN
    CREATE TABLE [StretchAssignments] (
        [Id] uniqueidentifier NOT NULL,
        [EnrolmentId] uniqueidentifier NOT NULL,
        [Title] nvarchar(200) NOT NULL,
        [Type] nvarchar(40) NOT NULL,
        [OtherType] nvarchar(200) NULL,
        [Aim] nvarchar(2000) NOT NULL,
        [Description] nvarchar(4000) NULL,
        [MenteeRole] nvarchar(2000) NOT NULL,
        [AnticipatedOutcomes] nvarchar(4000) NOT NULL,
        [StartDate] date NOT NULL,
        [EndDate] date NOT NULL,
        [HoursPerWeek] float NOT NULL,
        [HostOrganisation] nvarchar(200) NULL,
        [Status] nvarchar(20) NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [AgreedAt] datetime2 NULL,
        [StartedAt] datetime2 NULL,
        [CompletedAt] datetime2 NULL,
        [PresentedAt] datetime2 NULL,
        [OutcomesAchieved] nvarchar(4000) NULL,
        [LessonsLearned] nvarchar(4000) NULL,
        [PracticeImprovements] nvarchar(4000) NULL,
        [WithdrawalReason] nvarchar(2000) NULL,
        [AgreedScopeJson] nvarchar(max) NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_StretchAssignments] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_StretchAssignments_Enrolments_EnrolmentId] FOREIGN KEY ([EnrolmentId]) REFERENCES [Enrolments] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122164530_StretchAssignments'
)
BEGIN
    CREATE TABLE [CheckInActions] (
        [Id] uniqueidentifier NOT NULL,
        [CheckInId] uniqueidentifier NOT NULL,
        [Description] nvarchar(1000) NOT NULL,
        [OwnerId] nvarchar(450) NULL,
        [DueOn] date NULL,
        [CompletedAt] datetime2 NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_CheckInActions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CheckInActions_AspNetUsers_OwnerId] FOREIGN KEY ([OwnerId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_CheckInActions_CheckIns_CheckInId] FOREIGN KEY ([CheckInId]) REFERENCES [CheckIns] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122164530_StretchAssignments'
)
BEGIN
    CREATE TABLE [AssignmentEvents] (
        [Id] uniqueidentifier NOT NULL,
        [AssignmentId] uniqueidentifier NOT NULL,
        [OccurredAt] datetime2 NOT NULL,
        [ActorId] nvarchar(450) NOT NULL,
        [Kind] nvarchar(30) NOT NULL,
        [Comment] nvarchar(4000) NULL,
        [ChangedFields] nvarchar(max) NULL,
        CONSTRAINT [PK_AssignmentEvents] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AssignmentEvents_AspNetUsers_ActorId] FOREIGN KEY ([ActorId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_AssignmentEvents_StretchAssignments_AssignmentId] FOREIGN KEY ([AssignmentId]) REFERENCES [StretchAssignments] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122164530_StretchAssignments'
)
BEGIN
    CREATE TABLE [AssignmentPdrObjective] (
        [AssignmentId] uniqueidentifier NOT NULL,
        [PdrObjectiveId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_AssignmentPdrObjective] PRIMARY KEY ([AssignmentId], [PdrObjectiveId]),
        CONSTRAINT [FK_AssignmentPdrObjective_PdrObjectives_PdrObjectiveId] FOREIGN KEY ([PdrObjectiveId]) REFERENCES [PdrObjectives] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_AssignmentPdrObjective_StretchAssignments_AssignmentId] FOREIGN KEY ([AssignmentId]) REFERENCES [StretchAssignments] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122164530_StretchAssignments'
)
BEGIN
    CREATE TABLE [AssignmentPriority] (
        [AssignmentId] uniqueidentifier NOT NULL,
        [IcsPriorityId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_AssignmentPriority] PRIMARY KEY ([AssignmentId], [IcsPriorityId]),
        CONSTRAINT [FK_AssignmentPriority_IcsPriorities_IcsPriorityId] FOREIGN KEY ([IcsPriorityId]) REFERENCES [IcsPriorities] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_AssignmentPriority_StretchAssignments_AssignmentId] FOREIGN KEY ([AssignmentId]) REFERENCES [StretchAssignments] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122164530_StretchAssignments'
)
BEGIN
    CREATE TABLE [WeeklyDeliverables] (
        [Id] uniqueidentifier NOT NULL,
        [AssignmentId] uniqueidentifier NOT NULL,
        [WeekStarting] date NOT NULL,
        [Plan] nvarchar(2000) NOT NULL,
        [LinkToAim] nvarchar(2000) NOT NULL,
        [Status] nvarchar(20) NOT NULL,
        [Note] nvarchar(2000) NULL,
        [HoursWorked] float NULL,
        [PlannedAt] datetime2 NOT NULL,
        [UpdatedAt] datetime2 NULL,
        [MentorComment] nvarchar(2000) NULL,
        [MentorCommentedAt] datetime2 NULL,
        [SignedOffAt] datetime2 NULL,
        [SignedOffById] nvarchar(450) NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_WeeklyDeliverables] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_WeeklyDeliverables_StretchAssignments_AssignmentId] FOREIGN KEY ([AssignmentId]) REFERENCES [StretchAssignments] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122164530_StretchAssignments'
)
BEGIN
    CREATE INDEX [IX_AssignmentEvents_ActorId] ON [AssignmentEvents] ([ActorId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122164530_StretchAssignments'
)
BEGIN
    CREATE INDEX [IX_AssignmentEvents_AssignmentId_OccurredAt] ON [AssignmentEvents] ([AssignmentId], [OccurredAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122164530_StretchAssignments'
)
BEGIN
    CREATE INDEX [IX_AssignmentPdrObjective_PdrObjectiveId] ON [AssignmentPdrObjective] ([PdrObjectiveId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122164530_StretchAssignments'
)
BEGIN
    CREATE INDEX [IX_AssignmentPriority_IcsPriorityId] ON [AssignmentPriority] ([IcsPriorityId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122164530_StretchAssignments'
)
BEGIN
    CREATE INDEX [IX_CheckInActions_CheckInId] ON [CheckInActions] ([CheckInId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122164530_StretchAssignments'
)
BEGIN
    CREATE INDEX [IX_CheckInActions_OwnerId_CompletedAt] ON [CheckInActions] ([OwnerId], [CompletedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122164530_StretchAssignments'
)
BEGIN
    CREATE INDEX [IX_CheckIns_AuthorId] ON [CheckIns] ([AuthorId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122164530_StretchAssignments'
)
BEGIN
    CREATE INDEX [IX_CheckIns_EnrolmentId_HeldOn] ON [CheckIns] ([EnrolmentId], [HeldOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122164530_StretchAssignments'
)
BEGIN
    CREATE INDEX [IX_PdrObjectives_PersonId_Year] ON [PdrObjectives] ([PersonId], [Year]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122164530_StretchAssignments'
)
BEGIN
    CREATE INDEX [IX_StretchAssignments_EnrolmentId_Status] ON [StretchAssignments] ([EnrolmentId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122164530_StretchAssignments'
)
BEGIN
    CREATE INDEX [IX_StretchAssignments_Status] ON [StretchAssignments] ([Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122164530_StretchAssignments'
)
BEGIN
    CREATE UNIQUE INDEX [IX_WeeklyDeliverables_AssignmentId_WeekStarting] ON [WeeklyDeliverables] ([AssignmentId], [WeekStarting]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122164530_StretchAssignments'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261122164530_StretchAssignments', N'10.0.14');
END;

COMMIT;
GO

