-- CreateTable
CREATE TABLE "public_publication" (
    "id" UUID NOT NULL,
    "round_id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "data_version" INTEGER NOT NULL,
    "published_at" TIMESTAMPTZ(3) NOT NULL,
    "replaces_id" UUID,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "reason" TEXT,
    "ready_at" TIMESTAMPTZ(3),
    "summary" JSONB,

    CONSTRAINT "public_publication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public_page" (
    "path" TEXT NOT NULL,
    "publication_id" UUID,
    "content_type" TEXT NOT NULL,
    "body" BYTEA NOT NULL,
    "etag" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "public_page_pkey" PRIMARY KEY ("path")
);

-- CreateTable
CREATE TABLE "public_search_entry" (
    "id" BIGSERIAL NOT NULL,
    "publication_id" UUID NOT NULL,
    "path" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    -- Titles weigh more than text, with Danish stemming (so «sygehuset» finds «sygehus»).
    "document" tsvector GENERATED ALWAYS AS (setweight(to_tsvector('danish', "title"), 'A') || setweight(to_tsvector('danish', "body"), 'B')) STORED,

    CONSTRAINT "public_search_entry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "public_publication_round_id_published_at_idx" ON "public_publication"("round_id", "published_at");

-- CreateIndex
CREATE INDEX "public_publication_status_idx" ON "public_publication"("status");

-- CreateIndex
CREATE INDEX "public_page_publication_id_idx" ON "public_page"("publication_id");

-- CreateIndex
CREATE INDEX "public_search_entry_publication_id_idx" ON "public_search_entry"("publication_id");


-- The search: a lookup in the publication's entries by the Danish full-text vector.
CREATE INDEX "public_search_entry_document_idx" ON "public_search_entry" USING GIN ("document");
