using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// WEFT0007 judges what a broadcast argument holds where the code says so (docs/rules/WEFT0007.md: the object every
/// worker gets must be immutable): a local of type <c>object</c> or an interface assigned once, a read-only view over
/// an array made for the call, and a generic helper's <c>T</c>, judged at each call by its summary. Fails on the
/// engine before these rules (declared types only).
/// </summary>
public sealed class BroadcastValueTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Collections.Immutable;
        using System.Linq;
        using System.Threading.Tasks;
        using Weft;
        using Weft.Slots;
        namespace App;

        public sealed class Seen
        {
            public int Count;
        }

        """;

    [Fact]
    public Task What_a_local_of_an_undeciding_type_holds_decides() => Verifier.AnalyzeAsync<BroadcastArgumentAnalyzer>(Usings + """
        public static class Admin
        {
            public static Task Send(Slot<Seen> slot, string[] hosts)
            {
                object joined = string.Join(",", hosts);
                object list = new List<string>(hosts);
                IReadOnlyList<string> frozen = hosts.ToImmutableArray();
                IReadOnlyList<string> open = hosts.ToList();
                return Task.WhenAll(
                    slot.RunOnAllThreadsAsync((seen, _) => seen.Count++, joined),
                    slot.RunOnAllThreadsAsync((seen, _) => seen.Count++, {|WEFT0007:list|}),
                    slot.RunOnAllThreadsAsync((seen, _) => seen.Count++, frozen),
                    slot.RunOnAllThreadsAsync((seen, _) => seen.Count++, {|WEFT0007:open|}),
                    slot.RunOnAllThreadsAsync((seen, _) => seen.Count++, new ReadOnlyMemory<string>(hosts.ToArray())),
                    slot.RunOnAllThreadsAsync((seen, _) => seen.Count++, {|WEFT0007:new ReadOnlyMemory<string>(hosts)|}));
            }
        }
        """);

    [Fact]
    public Task A_generic_helpers_T_is_judged_at_each_call() => Verifier.AnalyzeAsync<BroadcastArgumentAnalyzer>(Usings + """
        public static class Broadcasts
        {
            public static Task Send<T>(Slot<Seen> slot, T payload) => slot.RunOnAllThreadsAsync((seen, _) => seen.Count++, payload);

            public static Task Ping(Slot<Seen> slot, string[] hosts) => Send(slot, string.Join(",", hosts));

            public static Task Spread(Slot<Seen> slot, string[] hosts) => Send(slot, {|WEFT0007:hosts.ToList()|});
        }
        """);
}
