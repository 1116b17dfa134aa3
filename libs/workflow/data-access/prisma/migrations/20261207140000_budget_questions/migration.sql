-- Budget questions (issue 30): the round's question window and counter, the questions, and their history.
-- CreateTable
CREATE TABLE "question_round" (
    "round_id" UUID NOT NULL,
    "opens_at" TIMESTAMPTZ(3) NOT NULL,
    "closes_at" TIMESTAMPTZ(3) NOT NULL,
    "closed_early_at" TIMESTAMPTZ(3),
    "answering_days" INTEGER NOT NULL,
    "last_number" INTEGER NOT NULL DEFAULT 0,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "updated_by" TEXT NOT NULL,

    CONSTRAINT "question_round_pkey" PRIMARY KEY ("round_id")
);

-- CreateTable
CREATE TABLE "question" (
    "id" UUID NOT NULL,
    "round_id" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "state" TEXT NOT NULL,
    "asked_at" TIMESTAMPTZ(3) NOT NULL,
    "asked_by" TEXT NOT NULL,
    "asked_by_name" TEXT NOT NULL,
    "asked_by_party" TEXT NOT NULL,
    "original_text" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "proposal_ids" TEXT[],
    "bilag" TEXT[],
    "answerer_kind" TEXT,
    "answerer_committee" TEXT,
    "assigned_at" TIMESTAMPTZ(3),
    "deadline" TIMESTAMPTZ(3),
    "answer_text" TEXT,
    "answer_table" JSONB,
    "answered_at" TIMESTAMPTZ(3),
    "answered_by" TEXT,
    "remark" TEXT,
    "approved_at" TIMESTAMPTZ(3),
    "approved_by" TEXT,
    "merged_into" UUID,
    "merged_into_number" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "event_count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "question_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "question_history" (
    "id" BIGSERIAL NOT NULL,
    "question_id" UUID NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL,
    "actor_id" TEXT NOT NULL,
    "actor_role" TEXT NOT NULL,
    "actor_committee" TEXT,
    "actor_party" TEXT,
    "actor_name" TEXT,
    "act" TEXT NOT NULL,
    "from_state" TEXT,
    "to_state" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "text" TEXT,
    "detail" JSONB,
    "event_id" UUID NOT NULL,

    CONSTRAINT "question_history_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "question_round_id_state_idx" ON "question"("round_id", "state");

-- CreateIndex
CREATE UNIQUE INDEX "question_round_id_number_key" ON "question"("round_id", "number");

-- CreateIndex
CREATE INDEX "question_history_question_id_id_idx" ON "question_history"("question_id", "id");

-- AddForeignKey
ALTER TABLE "question" ADD CONSTRAINT "question_round_id_fkey" FOREIGN KEY ("round_id") REFERENCES "question_round"("round_id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "question_history" ADD CONSTRAINT "question_history_question_id_fkey" FOREIGN KEY ("question_id") REFERENCES "question"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
