package io.mcpbench.workload.text;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Words and shaped strings for generated values: free text, names, paths, and strings matching
 * the patterns and formats generated schemas use. One place knows both how a pattern is written
 * into a schema and how to produce a string that matches it, so the two never drift apart.
 */
public final class Lexicon {

    private Lexicon() {
    }

    public static final String PATTERN_ID = "^[A-Za-z0-9_-]{1,64}$";
    public static final String PATTERN_SHA = "^[0-9a-f]{7,40}$";
    public static final String PATTERN_ISSUE_KEY = "^[A-Z][A-Z0-9]+-[0-9]+$";
    public static final String PATTERN_PROJECT_KEY = "^[A-Z][A-Z0-9]{1,9}$";
    public static final String PATTERN_SLUG = "^[a-z0-9][a-z0-9-]*$";
    public static final String PATTERN_TIMEZONE = "^[A-Za-z]+(?:/[A-Za-z_]+)*$";
    public static final String PATTERN_DATE = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
    public static final String PATTERN_CHANNEL = "^[CGD][A-Z0-9]{8,12}$";
    public static final String PATTERN_E164 = "^\\+[1-9][0-9]{7,14}$";

    /** Formats generated schemas use; {@link #formatted} produces a valid value for each. */
    public static final List<String> FORMATS = List.of("date-time", "date", "uri", "email", "uuid");

    private static final String[] TEXT = ("the a of to and in for is on that with as this by from at be it an or"
            + " are was not you all can has more will one about which when their there what out up if so would"
            + " release build deploy service request response error value field record update change version"
            + " report summary team review customer order account project data result query user config"
            + " schedule meeting budget invoice payment ticket issue branch commit merge test pipeline"
            + " cluster node container image storage bucket cache index table column row event log metric").split(" ");

    private static final String[] NAME_WORDS = ("alpha beta gamma delta orion nova atlas apollo zephyr cobalt"
            + " ember falcon harbor ivory juniper kepler lumen meridian nimbus onyx polaris quartz raven sierra"
            + " tundra umber vega willow xenon yarrow zenith backend frontend api web mobile infra data platform"
            + " billing search auth payments docs analytics core ops").split(" ");

    private static final String[] ZONES = {"UTC", "Europe/Berlin", "America/New_York", "Asia/Tokyo",
        "America/Los_Angeles", "Europe/London", "Australia/Sydney", "Asia/Kolkata"};

    private static final String[] DIRS = {"src", "docs", "lib", "test", "config", "scripts", "assets", "data"};

    private static final String[] EXTS = {".md", ".java", ".ts", ".py", ".json", ".yaml", ".txt", ".go"};

    public static String word(SplittableRandom rng) {
        return TEXT[rng.nextInt(TEXT.length)];
    }

    public static String nameWord(SplittableRandom rng) {
        return NAME_WORDS[rng.nextInt(NAME_WORDS.length)];
    }

    /** Free text of between {@code min} and {@code max} characters (inclusive), made of words. */
    public static String text(SplittableRandom rng, int min, int max) {
        int target = min + (max > min ? rng.nextInt(max - min + 1) : 0);
        StringBuilder sb = new StringBuilder(target + 16);
        while (sb.length() < target) {
            if (sb.length() > 0) {
                sb.append(sb.length() % 97 < 8 ? ". " : " ");
            }
            sb.append(word(rng));
        }
        if (sb.length() > max) {
            sb.setLength(max);
        }
        while (sb.length() > 1 && sb.charAt(sb.length() - 1) == ' ') {
            sb.setLength(sb.length() - 1);
        }
        while (sb.length() < min) {
            sb.append('x');
        }
        return sb.toString();
    }

    /** A short human name such as {@code nimbus-billing}. */
    public static String name(SplittableRandom rng) {
        return nameWord(rng) + "-" + nameWord(rng);
    }

    public static String path(SplittableRandom rng) {
        return DIRS[rng.nextInt(DIRS.length)] + "/" + nameWord(rng) + "/" + nameWord(rng)
                + EXTS[rng.nextInt(EXTS.length)];
    }

    /** A string matching {@code pattern}, or {@code null} if the pattern is not one this class writes. */
    public static String matching(String pattern, SplittableRandom rng) {
        switch (pattern) {
            case PATTERN_ID:
                return nameWord(rng) + "_" + Integer.toString(rng.nextInt(1 << 20), 36);
            case PATTERN_SHA:
                return hex(rng, 7 + rng.nextInt(34));
            case PATTERN_ISSUE_KEY:
                return nameWord(rng).toUpperCase(java.util.Locale.ROOT) + "-" + (1 + rng.nextInt(9999));
            case PATTERN_PROJECT_KEY:
                return "P" + Integer.toString(rng.nextInt(1 << 16), 36).toUpperCase(java.util.Locale.ROOT);
            case PATTERN_SLUG:
                return nameWord(rng) + "-" + nameWord(rng) + "-" + rng.nextInt(100);
            case PATTERN_TIMEZONE:
                return ZONES[rng.nextInt(ZONES.length)];
            case PATTERN_DATE:
                return date(rng);
            case PATTERN_CHANNEL:
                return "C" + alnumUpper(rng, 8 + rng.nextInt(5));
            case PATTERN_E164:
                return "+1" + (2000000000L + rng.nextInt(1_000_000_000));
            default:
                return null;
        }
    }

    /** A valid value of {@code format}, or {@code null} for a format not in {@link #FORMATS}. */
    public static String formatted(String format, SplittableRandom rng) {
        switch (format) {
            case "date-time":
                return date(rng) + "T" + two(rng.nextInt(24)) + ":" + two(rng.nextInt(60)) + ":"
                        + two(rng.nextInt(60)) + "Z";
            case "date":
                return date(rng);
            case "uri":
                return "https://" + nameWord(rng) + ".example.com/" + nameWord(rng) + "/" + rng.nextInt(10000);
            case "email":
                return nameWord(rng) + "." + nameWord(rng) + "@example.com";
            case "uuid":
                return hex(rng, 8) + "-" + hex(rng, 4) + "-4" + hex(rng, 3) + "-a" + hex(rng, 3) + "-" + hex(rng, 12);
            default:
                return null;
        }
    }

    private static String date(SplittableRandom rng) {
        return (2019 + rng.nextInt(7)) + "-" + two(1 + rng.nextInt(12)) + "-" + two(1 + rng.nextInt(28));
    }

    private static String two(int v) {
        return v < 10 ? "0" + v : Integer.toString(v);
    }

    private static String hex(SplittableRandom rng, int n) {
        char[] c = new char[n];
        for (int i = 0; i < n; i++) {
            c[i] = "0123456789abcdef".charAt(rng.nextInt(16));
        }
        return new String(c);
    }

    private static String alnumUpper(SplittableRandom rng, int n) {
        char[] c = new char[n];
        for (int i = 0; i < n; i++) {
            c[i] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".charAt(rng.nextInt(36));
        }
        return new String(c);
    }
}
