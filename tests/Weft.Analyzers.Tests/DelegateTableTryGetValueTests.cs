using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// A delegate taken out of a read-only table with <c>TryGetValue(key, out var f)</c> (or <c>GetValueOrDefault</c>) is one
/// of the delegates the table's initializer put there, as one read by index is: invoked with the published object it
/// writes it (WEFT0002), a source returning a snapshot's list hands that list to the caller (WEFT0003). Fails on the
/// engine before, which knew the table's delegates only for a read by index (corpus round 15:
/// DelegateTableReturnsSnapshot, EditTableTryGetValue).
/// </summary>
public sealed class DelegateTableTryGetValueTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using Weft;
        using Weft.Slots;
        namespace App;

        [ThreadLocalSlot]
        public sealed partial class Policy
        {
            public List<string> Deny { get; init; } = new();
        }

        """;

    [Fact]
    public Task A_delegate_taken_out_of_a_table_with_TryGetValue_writes_what_it_is_given_after_the_publish() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>(Usings + """
        public static class Routes
        {
            private static readonly Dictionary<string, Action<List<string>>> s_edits = new()
            {
                ["clear"] = hosts => hosts.Clear(),
                ["log"] = hosts => Console.WriteLine(hosts.Count),
            };

            public static void Reload(Slot<List<string>> slot, List<string> hosts, string operation)
            {
                slot.Publish(hosts);
                if (s_edits.TryGetValue(operation, out var edit))
                {
                    {|WEFT0002:edit(hosts)|};
                }
            }

            public static void Fallback(Slot<List<string>> slot, List<string> hosts, string operation)
            {
                slot.Publish(hosts);
                Action<List<string>>? edit = s_edits.GetValueOrDefault(operation);
                edit?{|WEFT0002:.Invoke(hosts)|};
            }
        }
        """);

    [Fact]
    public Task A_delegate_taken_out_before_the_publish_or_from_a_table_of_readers_is_quiet() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>(Usings + """
        public static class Routes
        {
            private static readonly Dictionary<string, Action<List<string>>> s_edits = new()
            {
                ["clear"] = hosts => hosts.Clear(),
            };

            private static readonly Dictionary<string, Action<List<string>>> s_reports = new()
            {
                ["log"] = hosts => Console.WriteLine(hosts.Count),
            };

            public static void Reload(Slot<List<string>> slot, List<string> hosts, string operation)
            {
                if (s_edits.TryGetValue(operation, out var edit))
                {
                    edit(hosts);
                }

                slot.Publish(hosts);
                if (s_reports.TryGetValue(operation, out var report))
                {
                    report(hosts);
                }
            }
        }
        """);

    [Fact]
    public Task A_source_taken_out_with_TryGetValue_that_returns_a_snapshots_list_hands_it_to_the_writer() => Verifier.AnalyzeAsync<SnapshotMutationAnalyzer>(Usings + """
        public static class Lists
        {
            private static readonly Dictionary<string, Func<List<string>>> s_lists = new(StringComparer.Ordinal)
            {
                ["deny"] = static () => Policy.Current.Deny,
                ["fresh"] = static () => new List<string>(),
            };

            public static bool Add(string list, string host)
            {
                if (!s_lists.TryGetValue(list, out var source))
                {
                    return false;
                }

                var hosts = source();
                {|WEFT0003:hosts.Add(host)|};
                return true;
            }
        }
        """);
}
