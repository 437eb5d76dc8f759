package io.mcpbench.core.discovery;

import static io.mcpbench.core.discovery.TestTools.objectSchema;
import static io.mcpbench.core.discovery.TestTools.string;
import static io.mcpbench.core.discovery.TestTools.tool;

import io.mcpbench.core.catalog.CatalogSnapshot;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A hand-made catalog in the shape of real MCP servers: overlapping verbs, distinct nouns. */
final class SampleCatalog {

    private SampleCatalog() {
    }

    static CatalogSnapshot snapshot() {
        Map<String, List<McpSchema.Tool>> servers = new LinkedHashMap<>();
        servers.put("github", List.of(
                tool("search_repositories", "Search repositories", "Search for GitHub repositories matching a query",
                        objectSchema("query", string("Search query, GitHub syntax"), "page", string("Page number"),
                                "perPage", string("Results per page"))),
                tool("create_issue", "Create issue", "Create a new issue in a GitHub repository",
                        objectSchema("owner", string("Repository owner"), "repo", string("Repository name"),
                                "title", string("Issue title"), "body", string("Issue body"), "labels", string("Labels"))),
                tool("list_issues", "List issues", "List issues in a repository, filtered by state and labels",
                        objectSchema("owner", string("Repository owner"), "repo", string("Repository name"),
                                "state", string("open, closed or all"))),
                tool("create_pull_request", "Create pull request", "Open a pull request from a head branch into a base branch",
                        objectSchema("owner", string("Repository owner"), "repo", string("Repository name"),
                                "head", string("Branch with the changes"), "base", string("Branch to merge into"))),
                tool("merge_pull_request", "Merge pull request", "Merge an open pull request",
                        objectSchema("pull_number", string("Pull request number"), "merge_method", string("merge, squash or rebase"))),
                tool("get_file_contents", "Get file contents", "Get the contents of a file or directory from a repository",
                        objectSchema("path", string("Path to the file"), "ref", string("Git ref, branch or commit"))),
                tool("fork_repository", "Fork repository", "Fork a repository to your account or an organization",
                        objectSchema("organization", string("Organization to fork to"))),
                tool("list_commits", "List commits", "List commits of a branch, newest first",
                        objectSchema("sha", string("Branch name or commit SHA")))));
        servers.put("slack", List.of(
                tool("post_message", "Post message", "Post a message to a Slack channel",
                        objectSchema("channel_id", string("Channel to post to"), "text", string("Message text"))),
                tool("list_channels", "List channels", "List public channels in the workspace",
                        objectSchema("limit", string("Maximum channels to return"), "cursor", string("Pagination cursor"))),
                tool("reply_to_thread", "Reply to thread", "Reply to a message thread in a channel",
                        objectSchema("thread_ts", string("Timestamp of the parent message"), "text", string("Reply text"))),
                tool("add_reaction", "Add reaction", "Add an emoji reaction to a message",
                        objectSchema("reaction", string("Emoji name without colons"))),
                tool("get_user_profile", "Get user profile", "Get a workspace member's profile",
                        objectSchema("user_id", string("Slack user id")))));
        servers.put("filesystem", List.of(
                tool("read_file", "Read file", "Read the complete contents of a file from disk",
                        objectSchema("path", string("Absolute path"))),
                tool("write_file", "Write file", "Create a new file or overwrite an existing one with new content",
                        objectSchema("path", string("Absolute path"), "content", string("Text to write"))),
                tool("list_directory", "List directory", "List files and directories at a path",
                        objectSchema("path", string("Directory path"))),
                tool("move_file", "Move file", "Move or rename files and directories",
                        objectSchema("source", string("Current path"), "destination", string("New path"))),
                tool("search_files", "Search files", "Recursively search for files whose names match a glob pattern",
                        objectSchema("path", string("Where to start"), "pattern", string("Glob pattern"))),
                tool("get_file_info", "Get file info", "Get size, timestamps and permissions of a file",
                        objectSchema("path", string("Path to inspect")))));
        servers.put("postgres", List.of(
                tool("query", "Run SQL query", "Run a read-only SQL query against the database",
                        objectSchema("sql", string("The SQL statement"))),
                tool("list_tables", "List tables", "List tables in a schema",
                        objectSchema("schema", string("Schema name, default public"))),
                tool("describe_table", "Describe table", "Show the columns, types and indexes of a table",
                        objectSchema("table", string("Table name"))),
                tool("explain_query", "Explain query", "Show the execution plan PostgreSQL chooses for a statement",
                        objectSchema("sql", string("The SQL statement"), "analyze", string("Run it and report actual timings")))));
        servers.put("jira", List.of(
                tool("create_ticket", "Create ticket", "Create a Jira ticket in a project",
                        objectSchema("project_key", string("Project key such as OPS"), "summary", string("One-line summary"),
                                "priority", string("Priority name"))),
                tool("transition_ticket", "Transition ticket", "Move a ticket to another workflow status",
                        objectSchema("ticket_key", string("Ticket key"), "transition_id", string("Workflow transition"))),
                tool("add_comment", "Add comment", "Add a comment to a ticket",
                        objectSchema("ticket_key", string("Ticket key"), "comment", string("Comment text"))),
                tool("search_tickets", "Search tickets", "Search tickets with a JQL expression",
                        objectSchema("jql", string("Jira query language expression"))),
                tool("assign_ticket", "Assign ticket", "Assign a ticket to a user",
                        objectSchema("ticket_key", string("Ticket key"), "assignee", string("Account id of the assignee")))));
        servers.put("weather", List.of(
                tool("get_forecast", "Get forecast", "Weather forecast for the next days at a location",
                        objectSchema("latitude", string("Latitude"), "longitude", string("Longitude"), "days", string("Days ahead"))),
                tool("get_alerts", "Get alerts", "Active severe weather alerts for a US state",
                        objectSchema("state", string("Two-letter state code"))),
                tool("get_air_quality", "Get air quality", "Air quality index and pollutant levels for a city",
                        objectSchema("city", string("City name")))));
        servers.put("stripe", List.of(
                tool("create_customer", "Create customer", "Create a Stripe customer with an email address",
                        objectSchema("email", string("Customer email"), "name", string("Customer name"))),
                tool("create_invoice", "Create invoice", "Create a draft invoice for a customer",
                        objectSchema("customer", string("Customer id"), "currency", string("Three-letter currency code"))),
                tool("refund_payment", "Refund payment", "Refund a charge, fully or in part",
                        objectSchema("payment_intent", string("Payment intent id"), "amount", string("Amount in cents"))),
                tool("list_subscriptions", "List subscriptions", "List subscriptions, optionally for one customer",
                        objectSchema("customer", string("Customer id"), "status", string("Subscription status")))));
        servers.put("kubernetes", List.of(
                tool("get_pods", "Get pods", "List pods in a namespace with their status",
                        objectSchema("namespace", string("Kubernetes namespace"))),
                tool("get_pod_logs", "Get pod logs", "Fetch container logs of a pod",
                        objectSchema("pod", string("Pod name"), "container", string("Container name"), "tail", string("Lines from the end"))),
                tool("scale_deployment", "Scale deployment", "Change the replica count of a deployment",
                        objectSchema("deployment", string("Deployment name"), "replicas", string("Desired replicas"))),
                tool("apply_manifest", "Apply manifest", "Apply a YAML manifest to the cluster",
                        objectSchema("manifest", string("YAML text"))),
                tool("rollout_restart", "Restart rollout", "Restart all pods of a deployment one by one",
                        objectSchema("deployment", string("Deployment name")))));
        servers.put("browser", List.of(
                tool("navigate", "Navigate", "Open a URL in the browser tab",
                        objectSchema("url", string("Address to open"))),
                tool("screenshot", "Take screenshot", "Capture a PNG screenshot of the page or an element",
                        objectSchema("selector", string("CSS selector of the element"), "fullPage", string("Whole page"))),
                tool("click", "Click", "Click an element on the page",
                        objectSchema("selector", string("CSS selector"))),
                tool("fill_form", "Fill form", "Type values into form inputs",
                        objectSchema("fields", string("Selector to value map"))),
                tool("evaluate_javascript", "Evaluate JavaScript", "Run JavaScript in the page and return the result",
                        objectSchema("script", string("JavaScript source")))));
        servers.put("memory", List.of(
                tool("create_entities", "Create entities", "Add entities to the knowledge graph",
                        objectSchema("entities", string("Entities with names and observations"))),
                tool("create_relations", "Create relations", "Link entities in the knowledge graph with named relations",
                        objectSchema("relations", string("Relations from, to, type"))),
                tool("search_nodes", "Search nodes", "Search the knowledge graph for nodes matching a query",
                        objectSchema("query", string("Text to match against names and observations")))));
        return CatalogSnapshot.of(servers);
    }
}
