using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// A publishing API taken as a method group into a delegate (<c>Action&lt;T&gt; publish = slot.Publish;</c>) and invoked
/// publishes what it is invoked with, as the call written out does: its [Published] parameter is read from the bound
/// method. Fails on the engine before (an invoked method-group delegate only applied the BCL table, not role attributes).
/// </summary>
public sealed class PublishMethodGroupTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using Weft.Slots;
        namespace App;

        """;

    [Fact]
    public Task A_list_published_through_a_method_group_delegate_then_written_is_reported() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>(Usings + """
        public static class Pools
        {
            public static void Refresh(Slot<List<string>> slot, List<string> hosts)
            {
                Action<List<string>> publish = slot.Publish;
                publish(hosts);
                {|WEFT0002:hosts.RemoveAll(h => h.StartsWith("down:"))|};
            }
        }
        """);

    [Fact]
    public Task Writes_before_the_delegate_runs_or_through_other_delegates_are_quiet() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>(Usings + """
        public static class Pools
        {
            public static void Refresh(Slot<List<string>> slot, List<string> hosts)
            {
                Action<List<string>> publish = slot.Publish;
                hosts.RemoveAll(h => h.StartsWith("down:"));
                publish(hosts);
                var draft = new List<string>();
                Action<List<string>> keep = list => Console.WriteLine(list.Count);
                keep(draft);
                draft.Add("still ours");
            }
        }
        """);
}
