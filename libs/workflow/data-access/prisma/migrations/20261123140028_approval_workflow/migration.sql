-- CreateTable
CREATE TABLE "budget_round" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "budget_year" INTEGER NOT NULL,
    "definition" JSONB NOT NULL,
    "event_count" INTEGER NOT NULL DEFAULT 0,
    "received_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "budget_round_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "proposal" (
    "id" UUID NOT NULL,
    "round_id" UUID NOT NULL,
    "reference" TEXT NOT NULL,
    "committee" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "snapshot" JSONB NOT NULL,
    "intake_version" INTEGER NOT NULL,
    "remark" TEXT,
    "event_count" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "proposal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "proposal_history" (
    "id" BIGSERIAL NOT NULL,
    "proposal_id" UUID NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_id" TEXT NOT NULL,
    "actor_role" TEXT NOT NULL,
    "actor_committee" TEXT,
    "action" TEXT NOT NULL,
    "from_state" TEXT,
    "to_state" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "remark" TEXT,
    "meeting_id" UUID,
    "agenda_item" INTEGER,
    "outcome" TEXT,
    "decision_text" TEXT,
    "original_table" JSONB,
    "decided_table" JSONB,
    "refused_code" TEXT,
    "refused_reason" TEXT,
    "event_id" UUID,

    CONSTRAINT "proposal_history_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "meeting" (
    "id" UUID NOT NULL,
    "round_id" UUID NOT NULL,
    "body" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "title" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by" TEXT NOT NULL,

    CONSTRAINT "meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "agenda_item" (
    "id" UUID NOT NULL,
    "meeting_id" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "proposal_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by" TEXT NOT NULL,

    CONSTRAINT "agenda_item_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "decision" (
    "id" UUID NOT NULL,
    "agenda_item_id" UUID NOT NULL,
    "proposal_id" UUID NOT NULL,
    "round_id" UUID NOT NULL,
    "body" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "meeting_date" DATE NOT NULL,
    "text" TEXT NOT NULL,
    "original_table" JSONB NOT NULL,
    "amended_table" JSONB,
    "agreement_id" UUID,
    "decided_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decided_by" TEXT NOT NULL,
    "decided_by_role" TEXT NOT NULL,

    CONSTRAINT "decision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "budget_agreement" (
    "id" UUID NOT NULL,
    "round_id" UUID NOT NULL,
    "meeting_id" UUID NOT NULL,
    "parties" TEXT[],
    "date" DATE NOT NULL,
    "text" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by" TEXT NOT NULL,

    CONSTRAINT "budget_agreement_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "proposal_round_id_state_idx" ON "proposal"("round_id", "state");

-- CreateIndex
CREATE INDEX "proposal_history_proposal_id_id_idx" ON "proposal_history"("proposal_id", "id");

-- CreateIndex
CREATE INDEX "meeting_round_id_date_idx" ON "meeting"("round_id", "date");

-- CreateIndex
CREATE UNIQUE INDEX "agenda_item_meeting_id_number_key" ON "agenda_item"("meeting_id", "number");

-- CreateIndex
CREATE UNIQUE INDEX "agenda_item_meeting_id_proposal_id_key" ON "agenda_item"("meeting_id", "proposal_id");

-- CreateIndex
CREATE UNIQUE INDEX "decision_agenda_item_id_key" ON "decision"("agenda_item_id");

-- CreateIndex
CREATE INDEX "decision_round_id_meeting_date_idx" ON "decision"("round_id", "meeting_date");

-- CreateIndex
CREATE INDEX "decision_proposal_id_idx" ON "decision"("proposal_id");

-- CreateIndex
CREATE UNIQUE INDEX "budget_agreement_round_id_key" ON "budget_agreement"("round_id");

-- AddForeignKey
ALTER TABLE "proposal_history" ADD CONSTRAINT "proposal_history_proposal_id_fkey" FOREIGN KEY ("proposal_id") REFERENCES "proposal"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agenda_item" ADD CONSTRAINT "agenda_item_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agenda_item" ADD CONSTRAINT "agenda_item_proposal_id_fkey" FOREIGN KEY ("proposal_id") REFERENCES "proposal"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "decision" ADD CONSTRAINT "decision_agenda_item_id_fkey" FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_item"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "decision" ADD CONSTRAINT "decision_proposal_id_fkey" FOREIGN KEY ("proposal_id") REFERENCES "proposal"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "decision" ADD CONSTRAINT "decision_agreement_id_fkey" FOREIGN KEY ("agreement_id") REFERENCES "budget_agreement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "budget_agreement" ADD CONSTRAINT "budget_agreement_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
