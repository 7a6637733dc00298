package org.newsbrief.server;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.newsbrief.brief.BriefConfig;
import org.newsbrief.model.Article;
import org.newsbrief.model.Issue;

/**
 * The default store: an embedded H2 database in file mode, its schema kept by Flyway migrations
 * ({@code db/migration}), so a restart on the same folder finds everything again. Thread-safe:
 * every call takes a pooled connection and runs in one transaction.
 */
public final class H2CollectionStore implements CollectionStore {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ID_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();

    private final JdbcConnectionPool pool;
    private final Clock clock;

    private H2CollectionStore(JdbcConnectionPool pool, Clock clock) {
        this.pool = pool;
        this.clock = clock;
    }

    /** Opens (creating or migrating) the database {@code newsbrief} in {@code folder}. */
    public static H2CollectionStore open(Path folder, Clock clock) {
        Path base = folder.toAbsolutePath().resolve("newsbrief");
        return openUrl("jdbc:h2:file:" + base + ";DB_CLOSE_ON_EXIT=FALSE", clock);
    }

    /** Opens a database by JDBC URL (an in-memory one in tests). */
    static H2CollectionStore openUrl(String url, Clock clock) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "newsbrief", "");
        pool.setMaxConnections(16);
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
        } catch (RuntimeException e) {
            pool.dispose();
            throw new IllegalStateException("cannot open the database at " + url + ": " + e.getMessage(), e);
        }
        return new H2CollectionStore(pool, Objects.requireNonNull(clock, "clock"));
    }

    @Override
    public StoredCollection create(String name, List<Article> articles, List<Issue> issues) {
        String id = newId();
        Instant now = clock.instant();
        return transaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO collections(id, name, created, updated) VALUES (?, ?, ?, ?)")) {
                insert.setString(1, id);
                insert.setString(2, name);
                insert.setTimestamp(3, Timestamp.from(now));
                insert.setTimestamp(4, Timestamp.from(now));
                insert.executeUpdate();
            }
            insertArticles(connection, id, 0, uniqueIds(articles, new HashSet<>()));
            insertIssues(connection, id, 0, issues);
            return new StoredCollection(id, name, now, now, articles.size());
        });
    }

    @Override
    public List<StoredCollection> list() {
        return transaction(connection -> {
            List<StoredCollection> out = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT c.id, c.name, c.created, c.updated, (SELECT COUNT(*) FROM articles a WHERE a.collection_id = c.id)"
                            + " FROM collections c ORDER BY c.updated DESC, c.id");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    out.add(collection(rows));
                }
            }
            return out;
        });
    }

    @Override
    public Optional<StoredCollection> find(String id) {
        return transaction(connection -> find(connection, id));
    }

    @Override
    public List<Article> articles(String id) {
        return transaction(connection -> articles(connection, id));
    }

    @Override
    public Set<String> articleIds(String id) {
        return transaction(connection -> Set.copyOf(strings(connection,
                "SELECT article_id FROM articles WHERE collection_id = ?", id)));
    }

    @Override
    public Optional<Article> article(String id, String articleId) {
        return transaction(connection -> selectArticles(connection, "AND article_id = ?", id, articleId).stream().findFirst());
    }

    @Override
    public List<Issue> issues(String id) {
        return transaction(connection -> {
            List<Issue> out = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT severity, source, message FROM collection_issues WHERE collection_id = ? ORDER BY position")) {
                select.setString(1, id);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        out.add(new Issue(Issue.Severity.valueOf(rows.getString(1)), rows.getString(2), rows.getString(3)));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public Optional<StoredCollection> update(String id, CollectionChange change) {
        Instant now = clock.instant();
        return transaction(connection -> {
            if (find(connection, id).isEmpty()) {
                return Optional.empty();
            }
            if (change.name() != null) {
                execute(connection, "UPDATE collections SET name = ? WHERE id = ?", change.name(), id);
            }
            if (change.changesArticles()) {
                for (String removed : change.remove()) {
                    execute(connection, "DELETE FROM articles WHERE collection_id = ? AND article_id = ?", id, removed);
                }
                Set<String> ids = new HashSet<>(strings(connection,
                        "SELECT article_id FROM articles WHERE collection_id = ?", id));
                insertArticles(connection, id, count(connection,
                        "SELECT COALESCE(MAX(position) + 1, 0) FROM articles WHERE collection_id = ?", id),
                        uniqueIds(change.add(), ids));
                insertIssues(connection, id, count(connection, "SELECT COUNT(*) FROM collection_issues WHERE collection_id = ?", id),
                        change.addIssues());
                execute(connection, "DELETE FROM briefs WHERE collection_id = ?", id);
            }
            try (PreparedStatement touch = connection.prepareStatement("UPDATE collections SET updated = ? WHERE id = ?")) {
                touch.setTimestamp(1, Timestamp.from(now));
                touch.setString(2, id);
                touch.executeUpdate();
            }
            return find(connection, id);
        });
    }

    @Override
    public boolean delete(String id) {
        return transaction(connection -> execute(connection, "DELETE FROM collections WHERE id = ?", id) > 0);
    }

    @Override
    public Optional<StoredBrief> brief(String id, BriefConfig config) {
        return transaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT json, markdown, html, created FROM briefs WHERE collection_id = ? AND summarizer = ? AND words = ?")) {
                select.setString(1, id);
                select.setString(2, config.summarizer());
                select.setInt(3, config.words());
                try (ResultSet rows = select.executeQuery()) {
                    if (!rows.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new StoredBrief(config, rows.getString(1), rows.getString(2), rows.getString(3),
                            rows.getTimestamp(4).toInstant()));
                }
            }
        });
    }

    @Override
    public void saveBrief(String id, StoredBrief brief) {
        transaction(connection -> {
            if (find(connection, id).isEmpty()) {
                return null;
            }
            try (PreparedStatement merge = connection.prepareStatement(
                    "MERGE INTO briefs(collection_id, summarizer, words, json, markdown, html, created) KEY(collection_id, summarizer, words)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                merge.setString(1, id);
                merge.setString(2, brief.config().summarizer());
                merge.setInt(3, brief.config().words());
                merge.setString(4, brief.json());
                merge.setString(5, brief.markdown());
                merge.setString(6, brief.html());
                merge.setTimestamp(7, Timestamp.from(brief.created()));
                merge.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void close() {
        try (Connection connection = pool.getConnection(); var statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            // Already closed: nothing left to flush.
        }
        pool.dispose();
    }

    private static Optional<StoredCollection> find(Connection connection, String id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT c.id, c.name, c.created, c.updated, (SELECT COUNT(*) FROM articles a WHERE a.collection_id = c.id)"
                        + " FROM collections c WHERE c.id = ?")) {
            select.setString(1, id);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(collection(rows)) : Optional.empty();
            }
        }
    }

    private static StoredCollection collection(ResultSet rows) throws SQLException {
        return new StoredCollection(rows.getString(1), rows.getString(2), rows.getTimestamp(3).toInstant(),
                rows.getTimestamp(4).toInstant(), rows.getInt(5));
    }

    private static List<Article> articles(Connection connection, String id) throws SQLException {
        return selectArticles(connection, "ORDER BY position", id);
    }

    private static List<Article> selectArticles(Connection connection, String condition, String... values) throws SQLException {
        List<Article> out = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT article_id, outlet, url, title, published, body, origin FROM articles WHERE collection_id = ? " + condition)) {
            for (int i = 0; i < values.length; i++) {
                select.setString(i + 1, values[i]);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Date published = rows.getDate(5);
                    out.add(new Article(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
                            published == null ? null : published.toLocalDate(), rows.getString(6), rows.getString(7)));
                }
            }
        }
        return out;
    }

    private static List<String> strings(Connection connection, String sql, String value) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, value);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    out.add(rows.getString(1));
                }
            }
        }
        return out;
    }

    private static void insertArticles(Connection connection, String id, int from, List<Article> articles) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO articles(collection_id, position, article_id, outlet, url, title, published, body, origin)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int position = from;
            for (Article article : articles) {
                insert.setString(1, id);
                insert.setInt(2, position++);
                insert.setString(3, article.id());
                insert.setString(4, article.outlet());
                insert.setString(5, article.url());
                insert.setString(6, article.title());
                insert.setDate(7, article.published() == null ? null : Date.valueOf(article.published()));
                insert.setString(8, article.body());
                insert.setString(9, article.origin());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void insertIssues(Connection connection, String id, int from, List<Issue> issues) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO collection_issues(collection_id, position, severity, source, message) VALUES (?, ?, ?, ?, ?)")) {
            int position = from;
            for (Issue issue : issues) {
                insert.setString(1, id);
                insert.setInt(2, position++);
                insert.setString(3, issue.severity().name());
                insert.setString(4, issue.source());
                insert.setString(5, issue.message());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Article ids stay unique within a collection: a repeated id gets a {@code ~2}, {@code ~3} suffix. */
    private static List<Article> uniqueIds(List<Article> articles, Set<String> taken) {
        List<Article> out = new ArrayList<>(articles.size());
        for (Article article : articles) {
            String id = article.id();
            for (int n = 2; taken.contains(id); n++) {
                id = article.id() + "~" + n;
            }
            taken.add(id);
            out.add(id.equals(article.id()) ? article
                    : new Article(id, article.outlet(), article.url(), article.title(), article.published(), article.body(), article.origin()));
        }
        return out;
    }

    private static int execute(Connection connection, String sql, String... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setString(i + 1, values[i]);
            }
            return statement.executeUpdate();
        }
    }

    private static int count(Connection connection, String sql, String value) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, value);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private static String newId() {
        char[] id = new char[12];
        for (int i = 0; i < id.length; i++) {
            id[i] = ID_ALPHABET[RANDOM.nextInt(ID_ALPHABET.length)];
        }
        return new String(id);
    }

    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T transaction(Work<T> work) {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("database error: " + e.getMessage(), e);
        }
    }
}
