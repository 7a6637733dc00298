-- Collections of articles and the briefs computed from them.
CREATE TABLE collections (
    id          VARCHAR(32)   PRIMARY KEY,
    name        VARCHAR(500)  NOT NULL,
    created     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated     TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE articles (
    collection_id VARCHAR(32)  NOT NULL REFERENCES collections(id) ON DELETE CASCADE,
    position      INT          NOT NULL,
    article_id    VARCHAR(1000) NOT NULL,
    outlet        VARCHAR(1000) NOT NULL,
    url           VARCHAR(4000),
    title         CLOB         NOT NULL,
    published     DATE,
    body          CLOB         NOT NULL,
    origin        VARCHAR(4000) NOT NULL,
    PRIMARY KEY (collection_id, position)
);

CREATE TABLE collection_issues (
    collection_id VARCHAR(32)  NOT NULL REFERENCES collections(id) ON DELETE CASCADE,
    position      INT          NOT NULL,
    severity      VARCHAR(20)  NOT NULL,
    source        VARCHAR(4000) NOT NULL,
    message       CLOB         NOT NULL,
    PRIMARY KEY (collection_id, position)
);

CREATE TABLE briefs (
    collection_id VARCHAR(32)  NOT NULL REFERENCES collections(id) ON DELETE CASCADE,
    summarizer    VARCHAR(500) NOT NULL,
    words         INT          NOT NULL,
    json          CLOB         NOT NULL,
    markdown      CLOB         NOT NULL,
    html          CLOB         NOT NULL,
    created       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (collection_id, summarizer, words)
);
