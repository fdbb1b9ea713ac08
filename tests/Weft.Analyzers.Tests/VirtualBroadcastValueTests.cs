using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// WEFT0007 judges a value a helper of yours hands back by what every body the call may run hands back: for a call
/// through a base or interface, the overrides and implementations in source (docs/rules/WEFT0007.md); and a local
/// filled by an <c>out</c> argument by what the helper stores in that parameter (corpus round 13,
/// <c>OverrideReturnsField.Quiet</c>, <c>OutParamOfVirtualArgument.Quiet</c>). The quiet tests fail on the engine before,
/// which judged both by the declared interface type; the defect test guards that an override handing out its own list,
/// an override whose base returns a list, and a parameter forwarded by reference are still reported.
/// </summary>
public sealed class VirtualBroadcastValueTests
{
    private const string Usings = """
        using System.Collections.Generic;
        using System.Collections.Immutable;
        using System.Threading.Tasks;
        using Weft;
        using Weft.Slots;
        namespace App;

        public sealed class Allow
        {
            public IReadOnlyList<string> Hosts { get; set; } = new List<string>();
        }

        """;

    [Fact]
    public Task Overrides_and_implementations_that_all_return_an_immutable_copy_are_quiet() => Verifier.AnalyzeAsync<BroadcastArgumentAnalyzer>(Usings + """
        public abstract class PeerSource
        {
            public abstract IReadOnlyList<string> Peers();
        }

        public sealed class StaticPeers : PeerSource
        {
            private readonly List<string> _peers = new() { "a" };

            public override IReadOnlyList<string> Peers() => _peers.ToImmutableArray();
        }

        public interface IHostSource
        {
            IReadOnlyList<string> Hosts();
        }

        public sealed class FixedHosts : IHostSource
        {
            private readonly List<string> _hosts = new() { "b" };

            public IReadOnlyList<string> Hosts() => _hosts.ToImmutableArray();
        }

        public sealed class OtherHosts : IHostSource
        {
            public IReadOnlyList<string> Hosts() => ImmutableArray.Create("c");
        }

        public static class Sync
        {
            public static Task Push(Slot<Allow> slot, PeerSource peers, IHostSource hosts) => Task.WhenAll(
                slot.RunOnAllThreadsAsync(static (allow, list) => allow.Hosts = list, peers.Peers()),
                slot.RunOnAllThreadsAsync(static (allow, list) => allow.Hosts = list, hosts.Hosts()));
        }
        """);

    [Fact]
    public Task A_local_filled_by_an_out_argument_holds_what_the_helper_stores_there() => Verifier.AnalyzeAsync<BroadcastArgumentAnalyzer>(Usings + """
        public class Registry
        {
            protected readonly List<string> Names = new() { "a" };

            public virtual bool TryGetHosts(out IReadOnlyList<string> hosts)
            {
                hosts = Names.ToImmutableArray();
                return Names.Count > 0;
            }

            public static void Frozen(IEnumerable<string> names, out IReadOnlyList<string> frozen) => frozen = names.ToImmutableArray();
        }

        public sealed class SortedRegistry : Registry
        {
            public override bool TryGetHosts(out IReadOnlyList<string> hosts)
            {
                hosts = Names.ToImmutableArray().Sort();
                return true;
            }
        }

        public static class Sync
        {
            public static void Push(Slot<Allow> slot, Registry registry, string[] names)
            {
                if (registry.TryGetHosts(out var hosts))
                {
                    slot.RunOnAllThreads(static (allow, list) => allow.Hosts = list, hosts, static () => { });
                }

                Registry.Frozen(names, out IReadOnlyList<string> frozen);
                slot.RunOnAllThreads(static (allow, list) => allow.Hosts = list, frozen, static () => { });
            }
        }
        """);

    [Fact]
    public Task An_override_or_out_value_that_hands_out_a_list_is_still_reported() => Verifier.AnalyzeAsync<BroadcastArgumentAnalyzer>(Usings + """
        public abstract class PeerSource
        {
            public abstract IReadOnlyList<string> Peers();
        }

        public sealed class FrozenPeers : PeerSource
        {
            public override IReadOnlyList<string> Peers() => ImmutableArray.Create("a");
        }

        public sealed class LivePeers : PeerSource
        {
            private readonly List<string> _peers = new() { "b" };

            public override IReadOnlyList<string> Peers() => _peers;
        }

        public class Registry
        {
            protected readonly List<string> Names = new() { "a" };

            public virtual IReadOnlyList<string> Hosts() => Names;

            public bool TryGetHosts(out IReadOnlyList<string> hosts)
            {
                hosts = Names;
                return true;
            }

            public bool TryForward(out IReadOnlyList<string> hosts) => TryGetHosts(out hosts);
        }

        public sealed class FrozenRegistry : Registry
        {
            public override IReadOnlyList<string> Hosts() => Names.ToImmutableArray();
        }

        public static class Sync
        {
            public static void Push(Slot<Allow> slot, PeerSource peers, Registry registry)
            {
                slot.RunOnAllThreads(static (allow, list) => allow.Hosts = list, {|WEFT0007:peers.Peers()|}, static () => { });
                slot.RunOnAllThreads(static (allow, list) => allow.Hosts = list, {|WEFT0007:registry.Hosts()|}, static () => { });
                registry.TryGetHosts(out var hosts);
                slot.RunOnAllThreads(static (allow, list) => allow.Hosts = list, {|WEFT0007:hosts|}, static () => { });
                registry.TryForward(out var forwarded);
                slot.RunOnAllThreads(static (allow, list) => allow.Hosts = list, {|WEFT0007:forwarded|}, static () => { });
            }
        }
        """);
}
