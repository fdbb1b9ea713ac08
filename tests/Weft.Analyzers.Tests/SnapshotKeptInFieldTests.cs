using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// Snapshot data kept in a field by one method (a handler caching <c>Current</c>'s list, the snapshot itself, or an
/// element of its array) and written in another method of the type: the field holds the snapshot's memory, so the
/// write is WEFT0003 there (judged at the type's end, as WEFT0002 judges a field that held a published object). A copy
/// kept, or the data only read, stays quiet. Fails on the engine before, which judged a field's object only against
/// publications (corpus SnapshotWrites/Round5 SnapshotKeptInWorkerField).
/// </summary>
public sealed class SnapshotKeptInFieldTests
{
    private const string Snapshot = """
        using System.Collections.Generic;
        using Weft;
        namespace App;

        public sealed class Row
        {
            public int Count { get; set; }
        }

        #pragma warning disable WEFT0001
        [ThreadLocalSlot]
        public sealed partial class Denylist
        {
            public HashSet<string> Hosts { get; init; } = new();

            public Row[] Rows { get; init; } = [];
        }
        #pragma warning restore WEFT0001

        """;

    [Fact]
    public Task Writes_in_another_method_to_snapshot_data_a_field_keeps_are_reported() => Verifier.AnalyzeAsync<SnapshotMutationAnalyzer>(Snapshot + """
        public sealed class Handler
        {
            private HashSet<string> _deny = new();
            private Denylist? _whole;
            private Row? _first;

            public void OnStart()
            {
                _deny = Denylist.Current.Hosts;
                _whole = Denylist.Current;
                _first = Denylist.Current.Rows[0];
            }

            public void OnRequest(string host)
            {
                if (host.EndsWith(".bad")) {|WEFT0003:_deny.Add(host)|};
                {|WEFT0003:_whole!.Hosts.Remove(host)|};
                {|WEFT0003:_first!.Count++|};
            }
        }
        """);

    [Fact]
    public Task A_copy_kept_in_a_field_or_snapshot_data_only_read_is_quiet() => Verifier.AnalyzeAsync<SnapshotMutationAnalyzer>(Snapshot + """
        public sealed class Handler
        {
            private HashSet<string> _deny = new();
            private HashSet<string> _seen = new();

            public void OnStart()
            {
                _deny = new HashSet<string>(Denylist.Current.Hosts);
                _seen = Denylist.Current.Hosts;
            }

            public bool OnRequest(string host)
            {
                if (host.EndsWith(".bad")) _deny.Add(host);
                return _seen.Contains(host);
            }
        }
        """);
}
