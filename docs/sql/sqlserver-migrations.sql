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

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122200126_OpportunitiesCoachingEventsEquality'
)
BEGIN
    CREATE TABLE [AlumniPosts] (
        [Id] uniqueidentifier NOT NULL,
        [ProgrammeId] uniqueidentifier NOT NULL,
        [Kind] nvarchar(10) NOT NULL,
        [Title] nvarchar(200) NOT NULL,
        [Body] nvarchar(4000) NOT NULL,
        [EventStartsAt] datetime2 NULL,
        [AuthorId] nvarchar(450) NOT NULL,
        [PostedAt] datetime2 NOT NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_AlumniPosts] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AlumniPosts_AspNetUsers_AuthorId] FOREIGN KEY ([AuthorId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_AlumniPosts_Programmes_ProgrammeId] FOREIGN KEY ([ProgrammeId]) REFERENCES [Programmes] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122200126_OpportunitiesCoachingEventsEquality'
)
BEGIN
    CREATE TABLE [AlumniProfiles] (
        [Id] uniqueidentifier NOT NULL,
        [EnrolmentId] uniqueidentifier NOT NULL,
        [PersonId] nvarchar(450) NOT NULL,
        [IsListed] bit NOT NULL,
        [Role] nvarchar(200) NULL,
        [Organisation] nvarchar(200) NULL,
        [AssignmentId] uniqueidentifier NULL,
        [ListedAt] datetime2 NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_AlumniProfiles] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AlumniProfiles_AspNetUsers_PersonId] FOREIGN KEY ([PersonId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_AlumniProfiles_Enrolments_EnrolmentId] FOREIGN KEY ([EnrolmentId]) REFERENCES [Enrolments] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_AlumniProfiles_StretchAssignments_AssignmentId] FOREIGN KEY ([AssignmentId]) REFERENCES [StretchAssignments] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122200126_OpportunitiesCoachingEventsEquality'
)
BEGIN
    CREATE TABLE [CelebrationEvents] (
        [Id] uniqueidentifier NOT NULL,
        [ProgrammeId] uniqueidentifier NOT NULL,
        [Title] nvarchar(200) NOT NULL,
        [StartsAt] datetime2 NOT NULL,
        [Venue] nvarchar(300) NULL,
        [Description] nvarchar(2000) NULL,
        [RunningOrderChangedAt] datetime2 NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_CelebrationEvents] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CelebrationEvents_Programmes_ProgrammeId] FOREIGN KEY ([ProgrammeId]) REFERENCES [Programmes] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122200126_OpportunitiesCoachingEventsEquality'
)
BEGIN
    CREATE TABLE [CoachApplications] (
        [Id] uniqueidentifier NOT NULL,
        [ApplicantId] nvarchar(450) NOT NULL,
        [QualificationName] nvarchar(200) NOT NULL,
        [QualificationProvider] nvarchar(200) NOT NULL,
        [QualificationLevel] int NOT NULL,
        [ExperienceSummary] nvarchar(4000) NOT NULL,
        [NumberOfCoachees] int NOT NULL,
        [CoacheeSeniority] nvarchar(500) NOT NULL,
        [CoachingRegister] nvarchar(40) NOT NULL,
        [RegionsOffered] int NOT NULL,
        [ActiveRegisterMember] bit NOT NULL,
        [HasSupervision] bit NOT NULL,
        [CpdEvidenced] bit NOT NULL,
        [AvailableOnceTrained] bit NOT NULL,
        [LineManagerPermission] bit NOT NULL,
        [AcceptsTerms] bit NOT NULL,
        [AcceptsDataUse] bit NOT NULL,
        [LineManagerName] nvarchar(200) NOT NULL,
        [LineManagerEmail] nvarchar(256) NOT NULL,
        [LineManagerTokenHash] nvarchar(64) NULL,
        [LineManagerTokenExpiresAtUtc] datetime2 NULL,
        [LineManagerTokenUsedAtUtc] datetime2 NULL,
        [LineManagerConfirmedAtUtc] datetime2 NULL,
        [SubmittedAtUtc] datetime2 NOT NULL,
        [Status] nvarchar(20) NOT NULL,
        [DecisionReason] nvarchar(2000) NULL,
        [DecidedById] nvarchar(450) NULL,
        [DecidedAtUtc] datetime2 NULL,
        [RecordedSessionConfirmedAtUtc] datetime2 NULL,
        [TrainedAtUtc] datetime2 NULL,
        [Capacity] int NOT NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_CoachApplications] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CoachApplications_AspNetUsers_ApplicantId] FOREIGN KEY ([ApplicantId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_CoachApplications_AspNetUsers_DecidedById] FOREIGN KEY ([DecidedById]) REFERENCES [AspNetUsers] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122200126_OpportunitiesCoachingEventsEquality'
)
BEGIN
    CREATE TABLE [CoachingRelationships] (
        [Id] uniqueidentifier NOT NULL,
        [CoachId] nvarchar(450) NOT NULL,
        [CoacheeId] nvarchar(450) NOT NULL,
        [MatchedOn] date NOT NULL,
        [EndedOn] date NULL,
        [MatchedById] nvarchar(450) NOT NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_CoachingRelationships] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CoachingRelationships_AspNetUsers_CoachId] FOREIGN KEY ([CoachId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_CoachingRelationships_AspNetUsers_CoacheeId] FOREIGN KEY ([CoacheeId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_CoachingRelationships_AspNetUsers_MatchedById] FOREIGN KEY ([MatchedById]) REFERENCES [AspNetUsers] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122200126_OpportunitiesCoachingEventsEquality'
)
BEGIN
    CREATE TABLE [CoachingWorkshops] (
        [Id] uniqueidentifier NOT NULL,
        [Part] int NOT NULL,
        [StartsAtUtc] datetime2 NOT NULL,
        [Place] nvarchar(500) NOT NULL,
        [Capacity] int NOT NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_CoachingWorkshops] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122200126_OpportunitiesCoachingEventsEquality'
)
BEGIN
    CREATE TABLE [CoachSupervisions] (
        [Id] uniqueidentifier NOT NULL,
        [CoachId] nvarchar(450) NOT NULL,
        [Year] int NOT NULL,
        [Quarter] int NOT NULL,
        [Attended] bit NOT NULL,
        [AttendedOn] date NULL,
        [RecordedById] nvarchar(450) NOT NULL,
        [RecordedAtUtc] datetime2 NOT NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_CoachSupervisions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CoachSupervisions_AspNetUsers_CoachId] FOREIGN KEY ([CoachId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_CoachSupervisions_AspNetUsers_RecordedById] FOREIGN KEY ([RecordedById]) REFERENCES [AspNetUsers] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122200126_OpportunitiesCoachingEventsEquality'
)
BEGIN
    CREATE TABLE [EqualityDeclarations] (
        [Id] uniqueidentifier NOT NULL,
        [PersonId] nvarchar(450) NOT NULL,
        [EthnicGroup] nvarchar(40) NOT NULL,
        [Sex] nvarchar(20) NOT NULL,
        [Disability] nvarchar(20) NOT NULL,
        [AgeBand] nvarchar(20) NOT NULL,
        [SexualOrientation] nvarchar(20) NOT NULL,
        [Religion] nvarchar(20) NOT NULL,
        [UpdatedAtUtc] datetime2 NOT NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_EqualityDeclarations] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_EqualityDeclarations_AspNetUsers_PersonId] FOREIGN KEY ([PersonId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122200126_OpportunitiesCoachingEventsEquality'
)
BEGIN
    CREATE TABLE [FacilitatedSessions] (
        [Id] uniqueidentifier NOT NULL,
        [ProgrammeId] uniqueidentifier NOT NULL,
        [Title] nvarchar(200) NOT NULL,
        [StartsAt] datetime2 NOT NULL,
        [Location] nvarchar(300) NULL,
        [Description] nvarchar(2000) NULL,
        [AttendanceRecordedAt] datetime2 NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_FacilitatedSessions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_FacilitatedSessions_Programmes_ProgrammeId] FOREIGN KEY ([ProgrammeId]) REFERENCES [Programmes] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122200126_OpportunitiesCoachingEventsEquality'
)
BEGIN
    CREATE TABLE [Leavers] (
        [Id] uniqueidentifier NOT NULL,
        [PersonId] nvarchar(450) NOT NULL,
        [LeftOn] date NOT NULL,
        [Reason] nvarchar(20) NOT NULL,
        [Note] nvarchar(1000) NULL,
        [RecordedById] nvarchar(450) NOT NULL,
        [RecordedAtUtc] datetime2 NOT NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_Leavers] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Leavers_AspNetUsers_PersonId] FOREIGN KEY ([PersonId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Leavers_AspNetUsers_RecordedById] FOREIGN KEY ([RecordedById]) REFERENCES [AspNetUsers] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122200126_OpportunitiesCoachingEventsEquality'
)
BEGIN
    CREATE TABLE [Opportunities] (
        [Id] uniqueidentifier NOT NULL,
        [Type] nvarchar(40) NOT NULL,
        [Title] nvarchar(200) NOT NULL,
        [Description] nvarchar(4000) NOT NULL,
        [OrganisationId] uniqueidentifier NOT NULL,
        [Team] nvarchar(200) NOT NULL,
        [Band] nvarchar(20) NOT NULL,
        [HoursPerWeek] decimal(5,2) NOT NULL,
        [Duration] nvarchar(100) NOT NULL,
        [Places] int NOT NULL,
        [ClosesAtUtc] datetime2 NOT NULL,
        [Channels] int NOT NULL,
        [PositiveAction] bit NOT NULL,
        [Status] nvarchar(20) NOT NULL,
        [ExplainOrComply] nvarchar(4000) NULL,
        [WithdrawalReason] nvarchar(2000) NULL,
        [PublishedById] nvarchar(450) NOT NULL,
        [CreatedAtUtc] datetime2 NOT NULL,
        [PublishedAtUtc] datetime2 NULL,
        [FilledAtUtc] datetime2 NULL,
        [Appointed] int NOT NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_Opportunities] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Opportunities_AspNetUsers_PublishedById] FOREIGN KEY ([PublishedById]) REFERENCES [AspNetUsers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Opportunities_Organisations_OrganisationId] FOREIGN KEY ([OrganisationId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122200126_OpportunitiesCoachingEventsEquality'
)
BEGIN
    CREATE TABLE [Resources] (
        [Id] uniqueidentifier NOT NULL,
        [Title] nvarchar(200) NOT NULL,
        [Summary] nvarchar(2000) NOT NULL,
        [Kind] nvarchar(20) NOT NULL,
        [Audience] nvarchar(20) NOT NULL,
        [Topics] int NOT NULL,
        [Url] nvarchar(2000) NOT NULL,
        [IsArchived] bit NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_Resources] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122200126_OpportunitiesCoachingEventsEquality'
)
BEGIN
    CREATE TABLE [StaffPoolGroups] (
        [Id] uniqueidentifier NOT NULL,
        [OrganisationId] uniqueidentifier NULL,
        [Characteristic] nvarchar(20) NOT NULL,
        [Group] nvarchar(60) NOT NULL,
        [Count] int NOT NULL,
        [ImportedAtUtc] datetime2 NOT NULL,
        [ImportedById] nvarchar(450) NOT NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_StaffPoolGroups] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_StaffPoolGroups_AspNetUsers_ImportedById] FOREIGN KEY ([ImportedById]) REFERENCES [AspNetUsers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_StaffPoolGroups_Organisations_OrganisationId] FOREIGN KEY ([OrganisationId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122200126_OpportunitiesCoachingEventsEquality'
)
BEGIN
    CREATE TABLE [Presentation] (
        [EventId] uniqueidentifier NOT NULL,
        [AssignmentId] uniqueidentifier NOT NULL,
        [Position] int NOT NULL,
        CONSTRAINT [PK_Presentation] PRIMARY KEY ([EventId], [AssignmentId]),
        CONSTRAINT [FK_Presentation_CelebrationEvents_EventId] FOREIGN KEY ([EventId]) REFERENCES [CelebrationEvents] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_Presentation_StretchAssignments_AssignmentId] FOREIGN KEY ([AssignmentId]) REFERENCES [StretchAssignments] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122200126_OpportunitiesCoachingEventsEquality'
)
BEGIN
    CREATE TABLE [CoachingSessions] (
        [Id] uniqueidentifier NOT NULL,
        [CoachingRelationshipId] uniqueidentifier NOT NULL,
        [HeldOn] date NOT NULL,
        [Minutes] int NOT NULL,
        [Mode] nvarchar(20) NOT NULL,
        [PrivateNotes] nvarchar(4000) NULL,
        [LoggedAtUtc] datetime2 NOT NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_CoachingSessions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CoachingSessions_CoachingRelationships_CoachingRelationshipId] FOREIGN KEY ([CoachingRelationshipId]) REFERENCES [CoachingRelationships] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122200126_OpportunitiesCoachingEventsEquality'
)
BEGIN
    CREATE TABLE [CoachingWorkshopBookings] (
        [Id] uniqueidentifier NOT NULL,
        [CoachingWorkshopId] uniqueidentifier NOT NULL,
        [CoachApplicationId] uniqueidentifier NOT NULL,
        [BookedAtUtc] datetime2 NOT NULL,
        [Attended] bit NOT NULL,
        [AttendanceRecordedAtUtc] datetime2 NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_CoachingWorkshopBookings] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CoachingWorkshopBookings_CoachApplications_CoachApplicationId] FOREIGN KEY ([CoachApplicationId]) REFERENCES [CoachApplications] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_CoachingWorkshopBookings_CoachingWorkshops_CoachingWorkshopId] FOREIGN KEY ([CoachingWorkshopId]) REFERENCES [CoachingWorkshops] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122200126_OpportunitiesCoachingEventsEquality'
)
BEGIN
    CREATE TABLE [SessionAttendance] (
        [SessionId] uniqueidentifier NOT NULL,
        [PersonId] nvarchar(450) NOT NULL,
        CONSTRAINT [PK_SessionAttendance] PRIMARY KEY ([SessionId], [PersonId]),
        CONSTRAINT [FK_SessionAttendance_AspNetUsers_PersonId] FOREIGN KEY ([PersonId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_SessionAttendance_FacilitatedSessions_SessionId] FOREIGN KEY ([SessionId]) REFERENCES [FacilitatedSessions] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122200126_OpportunitiesCoachingEventsEquality'
)
BEGIN
    CREATE TABLE [ExpressionsOfInterest] (
        [Id] uniqueidentifier NOT NULL,
        [OpportunityId] uniqueidentifier NOT NULL,
        [PersonId] nvarchar(450) NOT NULL,
        [Statement] nvarchar(4000) NOT NULL,
        [SubmittedAtUtc] datetime2 NOT NULL,
        [WithdrawnAtUtc] datetime2 NULL,
        [Stage] nvarchar(20) NOT NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_ExpressionsOfInterest] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ExpressionsOfInterest_AspNetUsers_PersonId] FOREIGN KEY ([PersonId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_ExpressionsOfInterest_Opportunities_OpportunityId] FOREIGN KEY ([OpportunityId]) REFERENCES [Opportunities] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122200126_OpportunitiesCoachingEventsEquality'
)
BEGIN
    CREATE TABLE [ResourcePriority] (
        [ResourceId] uniqueidentifier NOT NULL,
        [IcsPriorityId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_ResourcePriority] PRIMARY KEY ([ResourceId], [IcsPriorityId]),
        CONSTRAINT [FK_ResourcePriority_IcsPriorities_IcsPriorityId] FOREIGN KEY ([IcsPriorityId]) REFERENCES [IcsPriorities] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_ResourcePriority_Resources_ResourceId] FOREIGN KEY ([ResourceId]) REFERENCES [Resources] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122200126_OpportunitiesCoachingEventsEquality'
)
BEGIN
    CREATE TABLE [ResourceRecommendations] (
        [Id] uniqueidentifier NOT NULL,
        [ResourceId] uniqueidentifier NOT NULL,
        [CoachId] nvarchar(450) NOT NULL,
        [CoacheeId] nvarchar(450) NOT NULL,
        [Note] nvarchar(1000) NULL,
        [RecommendedAt] datetime2 NOT NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_ResourceRecommendations] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ResourceRecommendations_AspNetUsers_CoachId] FOREIGN KEY ([CoachId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_ResourceRecommendations_AspNetUsers_CoacheeId] FOREIGN KEY ([CoacheeId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_ResourceRecommendations_Resources_ResourceId] FOREIGN KEY ([ResourceId]) REFERENCES [Resources] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122200126_OpportunitiesCoachingEventsEquality'
)
BEGIN
    CREATE TABLE [SelectionDecisions] (
        [Id] uniqueidentifier NOT NULL,
        [ExpressionOfInterestId] uniqueidentifier NOT NULL,
        [Decision] nvarchar(20) NOT NULL,
        [Reason] nvarchar(2000) NOT NULL,
        [DecidedById] nvarchar(450) NOT NULL,
        [DecidedAtUtc] datetime2 NOT NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_SelectionDecisions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_SelectionDecisions_AspNetUsers_DecidedById] FOREIGN KEY ([DecidedById]) REFERENCES [AspNetUsers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_SelectionDecisions_ExpressionsOfInterest_ExpressionOfInterestId] FOREIGN KEY ([ExpressionOfInterestId]) REFERENCES [ExpressionsOfInterest] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122200126_OpportunitiesCoachingEventsEquality'
)
BEGIN
    CREATE INDEX [IX_WeeklyDeliverables_Progress] ON [WeeklyDeliverables] ([AssignmentId], [WeekStarting], [Status], [UpdatedAt], [HoursWorked]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122200126_OpportunitiesCoachingEventsEquality'
)
BEGIN
    CREATE INDEX [IX_AlumniPosts_AuthorId] ON [AlumniPosts] ([AuthorId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122200126_OpportunitiesCoachingEventsEquality'
)
BEGIN
    CREATE INDEX [IX_AlumniPosts_ProgrammeId_PostedAt] ON [AlumniPosts] ([ProgrammeId], [PostedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122200126_OpportunitiesCoachingEventsEquality'
)
BEGIN
    CREATE INDEX [IX_AlumniProfiles_AssignmentId] ON [AlumniProfiles] ([AssignmentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122200126_OpportunitiesCoachingEventsEquality'
)
BEGIN
    CREATE UNIQUE INDEX [IX_AlumniProfiles_EnrolmentId] ON [AlumniProfiles] ([EnrolmentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122200126_OpportunitiesCoachingEventsEquality'
)
BEGIN
    CREATE INDEX [IX_AlumniProfiles_PersonId] ON [AlumniProfiles] ([PersonId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122200126_OpportunitiesCoachingEventsEquality'
)
BEGIN
    CREATE INDEX [IX_CelebrationEvents_ProgrammeId_StartsAt] ON [CelebrationEvents] ([ProgrammeId], [StartsAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122200126_OpportunitiesCoachingEventsEquality'
)
BEGIN
    CREATE INDEX [IX_CoachApplications_ApplicantId_Status] ON [CoachApplications] ([ApplicantId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122200126_OpportunitiesCoachingEventsEquality'
)
BEGIN
    CREATE INDEX [IX_CoachApplications_DecidedById] ON [CoachApplications] ([DecidedById]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122200126_OpportunitiesCoachingEventsEquality'
)
BEGIN
    CREATE INDEX [IX_CoachApplications_LineManagerTokenHash] ON [CoachApplications] ([LineManagerTokenHash]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122200126_OpportunitiesCoachingEventsEquality'
)
BEGIN
    CREATE INDEX [IX_CoachApplications_Status] ON [CoachApplications] ([Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122200126_OpportunitiesCoachingEventsEquality'
)
BEGIN
    CREATE INDEX [IX_CoachingRelationships_CoacheeId] ON [CoachingRelationships] ([CoacheeId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122200126_OpportunitiesCoachingEventsEquality'
)
BEGIN
    CREATE INDEX [IX_CoachingRelationships_CoachId] ON [CoachingRelationships] ([CoachId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122200126_OpportunitiesCoachingEventsEquality'
)
BEGIN
    CREATE INDEX [IX_CoachingRelationships_MatchedById] ON [CoachingRelationships] ([MatchedById]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122200126_OpportunitiesCoachingEventsEquality'
)
BEGIN
    CREATE INDEX [IX_CoachingSessions_CoachingRelationshipId_HeldOn] ON [CoachingSessions] ([CoachingRelationshipId], [HeldOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122200126_OpportunitiesCoachingEventsEquality'
)
BEGIN
    CREATE UNIQUE INDEX [IX_CoachingWorkshopBookings_CoachApplicationId_CoachingWorkshopId] ON [CoachingWorkshopBookings] ([CoachApplicationId], [CoachingWorkshopId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122200126_OpportunitiesCoachingEventsEquality'
)
BEGIN
    CREATE INDEX [IX_CoachingWorkshopBookings_CoachingWorkshopId] ON [CoachingWorkshopBookings] ([CoachingWorkshopId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122200126_OpportunitiesCoachingEventsEquality'
)
BEGIN
    CREATE INDEX [IX_CoachingWorkshops_Part_StartsAtUtc] ON [CoachingWorkshops] ([Part], [StartsAtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122200126_OpportunitiesCoachingEventsEquality'
)
BEGIN
    CREATE UNIQUE INDEX [IX_CoachSupervisions_CoachId_Year_Quarter] ON [CoachSupervisions] ([CoachId], [Year], [Quarter]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122200126_OpportunitiesCoachingEventsEquality'
)
BEGIN
    CREATE INDEX [IX_CoachSupervisions_RecordedById] ON [CoachSupervisions] ([RecordedById]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122200126_OpportunitiesCoachingEventsEquality'
)
BEGIN
    CREATE INDEX [IX_CoachSupervisions_Year_Quarter] ON [CoachSupervisions] ([Year], [Quarter]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122200126_OpportunitiesCoachingEventsEquality'
)
BEGIN
    CREATE UNIQUE INDEX [IX_EqualityDeclarations_PersonId] ON [EqualityDeclarations] ([PersonId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122200126_OpportunitiesCoachingEventsEquality'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ExpressionsOfInterest_OpportunityId_PersonId] ON [ExpressionsOfInterest] ([OpportunityId], [PersonId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122200126_OpportunitiesCoachingEventsEquality'
)
BEGIN
    CREATE INDEX [IX_ExpressionsOfInterest_PersonId_SubmittedAtUtc] ON [ExpressionsOfInterest] ([PersonId], [SubmittedAtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122200126_OpportunitiesCoachingEventsEquality'
)
BEGIN
    CREATE INDEX [IX_FacilitatedSessions_ProgrammeId_StartsAt] ON [FacilitatedSessions] ([ProgrammeId], [StartsAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122200126_OpportunitiesCoachingEventsEquality'
)
BEGIN
    CREATE INDEX [IX_Leavers_LeftOn] ON [Leavers] ([LeftOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122200126_OpportunitiesCoachingEventsEquality'
)
BEGIN
    CREATE INDEX [IX_Leavers_PersonId_LeftOn] ON [Leavers] ([PersonId], [LeftOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122200126_OpportunitiesCoachingEventsEquality'
)
BEGIN
    CREATE INDEX [IX_Leavers_RecordedById] ON [Leavers] ([RecordedById]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122200126_OpportunitiesCoachingEventsEquality'
)
BEGIN
    CREATE INDEX [IX_Opportunities_OrganisationId] ON [Opportunities] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122200126_OpportunitiesCoachingEventsEquality'
)
BEGIN
    CREATE INDEX [IX_Opportunities_PublishedById] ON [Opportunities] ([PublishedById]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122200126_OpportunitiesCoachingEventsEquality'
)
BEGIN
    CREATE INDEX [IX_Opportunities_Status_ClosesAtUtc] ON [Opportunities] ([Status], [ClosesAtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122200126_OpportunitiesCoachingEventsEquality'
)
BEGIN
    CREATE INDEX [IX_Presentation_AssignmentId] ON [Presentation] ([AssignmentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122200126_OpportunitiesCoachingEventsEquality'
)
BEGIN
    CREATE INDEX [IX_ResourcePriority_IcsPriorityId] ON [ResourcePriority] ([IcsPriorityId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122200126_OpportunitiesCoachingEventsEquality'
)
BEGIN
    CREATE INDEX [IX_ResourceRecommendations_CoacheeId_RecommendedAt] ON [ResourceRecommendations] ([CoacheeId], [RecommendedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122200126_OpportunitiesCoachingEventsEquality'
)
BEGIN
    CREATE INDEX [IX_ResourceRecommendations_CoachId] ON [ResourceRecommendations] ([CoachId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122200126_OpportunitiesCoachingEventsEquality'
)
BEGIN
    CREATE INDEX [IX_ResourceRecommendations_ResourceId] ON [ResourceRecommendations] ([ResourceId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122200126_OpportunitiesCoachingEventsEquality'
)
BEGIN
    CREATE INDEX [IX_Resources_IsArchived_Audience_Title] ON [Resources] ([IsArchived], [Audience], [Title]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122200126_OpportunitiesCoachingEventsEquality'
)
BEGIN
    CREATE INDEX [IX_SelectionDecisions_DecidedById] ON [SelectionDecisions] ([DecidedById]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122200126_OpportunitiesCoachingEventsEquality'
)
BEGIN
    CREATE INDEX [IX_SelectionDecisions_ExpressionOfInterestId_DecidedAtUtc] ON [SelectionDecisions] ([ExpressionOfInterestId], [DecidedAtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122200126_OpportunitiesCoachingEventsEquality'
)
BEGIN
    CREATE INDEX [IX_SessionAttendance_PersonId] ON [SessionAttendance] ([PersonId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122200126_OpportunitiesCoachingEventsEquality'
)
BEGIN
    CREATE INDEX [IX_StaffPoolGroups_ImportedById] ON [StaffPoolGroups] ([ImportedById]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122200126_OpportunitiesCoachingEventsEquality'
)
BEGIN
    CREATE INDEX [IX_StaffPoolGroups_OrganisationId_Characteristic] ON [StaffPoolGroups] ([OrganisationId], [Characteristic]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122200126_OpportunitiesCoachingEventsEquality'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261122200126_OpportunitiesCoachingEventsEquality', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122212514_Notifications'
)
BEGIN
    CREATE TABLE [Notifications] (
        [Id] uniqueidentifier NOT NULL,
        [RecipientId] nvarchar(450) NOT NULL,
        [Kind] nvarchar(40) NOT NULL,
        [Subject] nvarchar(200) NOT NULL,
        [Message] nvarchar(2000) NOT NULL,
        [Link] nvarchar(300) NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [ReadAt] datetime2 NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_Notifications] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Notifications_AspNetUsers_RecipientId] FOREIGN KEY ([RecipientId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122212514_Notifications'
)
BEGIN
    CREATE INDEX [IX_Notifications_RecipientId_ReadAt] ON [Notifications] ([RecipientId], [ReadAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122212514_Notifications'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261122212514_Notifications', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122224217_RemindersPreferencesWeekTotals'
)
BEGIN
    ALTER TABLE [StretchAssignments] ADD [HoursOver] float NOT NULL DEFAULT 0.0E0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122224217_RemindersPreferencesWeekTotals'
)
BEGIN
    ALTER TABLE [StretchAssignments] ADD [LastWeekUpdateAt] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122224217_RemindersPreferencesWeekTotals'
)
BEGIN
    ALTER TABLE [StretchAssignments] ADD [WeeksBlocked] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122224217_RemindersPreferencesWeekTotals'
)
BEGIN
    ALTER TABLE [StretchAssignments] ADD [WeeksDone] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122224217_RemindersPreferencesWeekTotals'
)
BEGIN
    ALTER TABLE [StretchAssignments] ADD [WeeksOverHours] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122224217_RemindersPreferencesWeekTotals'
)
BEGIN
    ALTER TABLE [StretchAssignments] ADD [WeeksPartlyDone] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122224217_RemindersPreferencesWeekTotals'
)
BEGIN
    ALTER TABLE [StretchAssignments] ADD [WeeksSlipped] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122224217_RemindersPreferencesWeekTotals'
)
BEGIN
    ALTER TABLE [StretchAssignments] ADD [WeeksUpdated] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122224217_RemindersPreferencesWeekTotals'
)
BEGIN
    UPDATE [a] SET
        [a].[WeeksDone] = [t].[Done],
        [a].[WeeksPartlyDone] = [t].[PartlyDone],
        [a].[WeeksSlipped] = [t].[Slipped],
        [a].[WeeksBlocked] = [t].[Blocked],
        [a].[WeeksUpdated] = [t].[Updated],
        [a].[WeeksOverHours] = [t].[OverHours],
        [a].[HoursOver] = [t].[HoursOver],
        [a].[LastWeekUpdateAt] = [t].[LastUpdateAt]
    FROM [StretchAssignments] AS [a]
    INNER JOIN (
        SELECT [w].[AssignmentId],
            SUM(CASE WHEN [w].[UpdatedAt] IS NOT NULL AND [w].[Status] = N'Done' THEN 1 ELSE 0 END) AS [Done],
            SUM(CASE WHEN [w].[UpdatedAt] IS NOT NULL AND [w].[Status] = N'PartlyDone' THEN 1 ELSE 0 END) AS [PartlyDone],
            SUM(CASE WHEN [w].[UpdatedAt] IS NOT NULL AND [w].[Status] = N'Slipped' THEN 1 ELSE 0 END) AS [Slipped],
            SUM(CASE WHEN [w].[UpdatedAt] IS NOT NULL AND [w].[Status] = N'Blocked' THEN 1 ELSE 0 END) AS [Blocked],
            SUM(CASE WHEN [w].[UpdatedAt] IS NOT NULL AND [w].[WeekStarting] > DATEADD(day, -7, [s].[StartDate]) AND [w].[WeekStarting] <= [s].[EndDate] THEN 1 ELSE 0 END) AS [Updated],
            SUM(CASE WHEN [w].[UpdatedAt] IS NOT NULL AND [w].[HoursWorked] > [s].[HoursPerWeek] THEN 1 ELSE 0 END) AS [OverHours],
            SUM(CASE WHEN [w].[UpdatedAt] IS NOT NULL AND [w].[HoursWorked] > [s].[HoursPerWeek] THEN [w].[HoursWorked] - [s].[HoursPerWeek] ELSE 0.0E0 END) AS [HoursOver],
            MAX([w].[UpdatedAt]) AS [LastUpdateAt]
        FROM [WeeklyDeliverables] AS [w]
        INNER JOIN [StretchAssignments] AS [s] ON [s].[Id] = [w].[AssignmentId]
        GROUP BY [w].[AssignmentId]
    ) AS [t] ON [t].[AssignmentId] = [a].[Id];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122224217_RemindersPreferencesWeekTotals'
)
BEGIN
    CREATE TABLE [Leases] (
        [Name] nvarchar(100) NOT NULL,
        [Holder] nvarchar(200) NOT NULL,
        [ExpiresAt] datetime2 NOT NULL,
        CONSTRAINT [PK_Leases] PRIMARY KEY ([Name])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122224217_RemindersPreferencesWeekTotals'
)
BEGIN
    CREATE TABLE [NotificationPreferences] (
        [Id] uniqueidentifier NOT NULL,
        [PersonId] nvarchar(450) NOT NULL,
        [Kind] nvarchar(40) NOT NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_NotificationPreferences] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_NotificationPreferences_AspNetUsers_PersonId] FOREIGN KEY ([PersonId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122224217_RemindersPreferencesWeekTotals'
)
BEGIN
    CREATE TABLE [SentReminders] (
        [Id] uniqueidentifier NOT NULL,
        [Key] nvarchar(200) NOT NULL,
        [Kind] nvarchar(40) NOT NULL,
        [RecipientId] nvarchar(450) NOT NULL,
        [SentAt] datetime2 NOT NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_SentReminders] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_SentReminders_AspNetUsers_RecipientId] FOREIGN KEY ([RecipientId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122224217_RemindersPreferencesWeekTotals'
)
BEGIN
    CREATE INDEX [IX_StretchAssignments_Report] ON [StretchAssignments] ([EnrolmentId], [Id], [Status], [Type], [StartDate], [EndDate], [HoursPerWeek], [CreatedAt], [AgreedAt], [WeeksDone], [WeeksPartlyDone], [WeeksSlipped], [WeeksBlocked], [WeeksUpdated], [WeeksOverHours], [HoursOver], [LastWeekUpdateAt], [Title]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122224217_RemindersPreferencesWeekTotals'
)
BEGIN
    CREATE UNIQUE INDEX [IX_NotificationPreferences_PersonId_Kind] ON [NotificationPreferences] ([PersonId], [Kind]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122224217_RemindersPreferencesWeekTotals'
)
BEGIN
    CREATE UNIQUE INDEX [IX_SentReminders_Key] ON [SentReminders] ([Key]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122224217_RemindersPreferencesWeekTotals'
)
BEGIN
    CREATE INDEX [IX_SentReminders_RecipientId] ON [SentReminders] ([RecipientId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122224217_RemindersPreferencesWeekTotals'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261122224217_RemindersPreferencesWeekTotals', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123002815_CohortReportVersion'
)
BEGIN
    ALTER TABLE [Cohorts] ADD [ReportVersion] bigint NOT NULL DEFAULT CAST(0 AS bigint);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123002815_CohortReportVersion'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261123002815_CohortReportVersion', N'10.0.14');
END;

COMMIT;
GO

