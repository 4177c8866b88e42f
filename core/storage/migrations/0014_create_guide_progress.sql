-- The boxes a person ticked in the guides, keyed by guide id, step and box position as the guides README
-- promises. A row means ticked; unticking deletes it.
CREATE TABLE guide_progress (
    person_id TEXT NOT NULL REFERENCES people (id),
    guide_id TEXT NOT NULL,
    step_index INTEGER NOT NULL,
    item_index INTEGER NOT NULL,
    ticked_at BIGINT NOT NULL,
    PRIMARY KEY (person_id, guide_id, step_index, item_index)
);
