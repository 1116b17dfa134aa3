-- CreateTable
CREATE TABLE "report_watch" (
    "round_id" UUID NOT NULL,
    "report" TEXT NOT NULL,
    "proposal_id" TEXT NOT NULL DEFAULT '',
    "watched_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "report_watch_pkey" PRIMARY KEY ("round_id","report","proposal_id")
);

-- CreateIndex
CREATE INDEX "report_watch_watched_at_idx" ON "report_watch"("watched_at");
