using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// WEFT0004 after an <c>await</c> that may resume off the loop judges a use by whether its value was held across such
/// an <c>await</c>, not by "the joined context may be off the loop and the value is a worker's". A slot value read at
/// the top of a loop whose wait is <c>ConfigureAwait(false)</c> is a WEFT0005 at the read from the second pass on;
/// its uses inside an inner loop, a <c>switch</c> or before a <c>try</c> are no second defect. The quiet tests fail on
/// the engine before (the first pass's on-loop value stayed in the inner loop's cycle after the context turned "maybe
/// off the loop", and was reported there: corpus ThreadContext/Round6 DnsRefreshLoop); the reported ones guard the
/// other side: a value read before the loop, held across the <c>await</c> in a local's object, a field or a
/// <c>finally</c>, or the awaited result itself, is still reported.
/// </summary>
public sealed class CrossedOffLoopTests
{
    private const string Slot = """
        using System;
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;
        using Weft;
        namespace App;

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class HostCache
        {
            public readonly Dictionary<string, int> ByHost = new();

            public void Store(string host, int addresses) => ByHost[host] = addresses;
        }

        public sealed class Holder
        {
            public Dictionary<string, int>? Map;
        }

        """;

    [Fact]
    public Task A_value_read_each_pass_and_used_in_an_inner_loop_is_only_the_reads_WEFT0005() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Slot + """
        public static class Refresher
        {
            public static async Task Foreach(CancellationToken ct)
            {
                while (!ct.IsCancellationRequested)
                {
                    HostCache cache = {|WEFT0005:HostCache.Current|};
                    foreach (string host in new List<string>(cache.ByHost.Keys))
                    {
                        cache.ByHost[host] = 1;
                    }

                    await Task.Delay(1, ct).ConfigureAwait(false);
                }
            }

            public static async Task ForeachCallingTheSlotsMethod(CancellationToken ct)
            {
                while (!ct.IsCancellationRequested)
                {
                    HostCache cache = {|WEFT0005:HostCache.Current|};
                    foreach (string host in new List<string>(cache.ByHost.Keys))
                    {
                        int addresses = await Task.FromResult(host.Length);
                        cache.Store(host, addresses);
                    }

                    await Task.Delay(1, ct).ConfigureAwait(false);
                }
            }

            public static async Task NestedWithContinueAndBreak(int rounds)
            {
                for (int round = 0; round < rounds; round++)
                {
                    HostCache cache = {|WEFT0005:HostCache.Current|};
                    for (int i = 0; i < 10; i++)
                    {
                        if (i % 2 == 0)
                        {
                            continue;
                        }

                        if (cache.ByHost.Count > 100)
                        {
                            break;
                        }

                        int j = 0;
                        while (j < i)
                        {
                            cache.ByHost["k" + j] = j;
                            j++;
                        }
                    }

                    await Task.Delay(1).ConfigureAwait(false);
                }
            }

            public static async Task SwitchInInnerLoop(CancellationToken ct)
            {
                while (true)
                {
                    HostCache cache = {|WEFT0005:HostCache.Current|};
                    for (int i = 0; i < 3; i++)
                    {
                        switch (i)
                        {
                            case 0:
                                cache.ByHost.Clear();
                                break;
                            case 1:
                                cache.ByHost["a"] = 1;
                                continue;
                            default:
                                break;
                        }
                    }

                    if (ct.IsCancellationRequested)
                    {
                        break;
                    }

                    await Task.Delay(1, ct).ConfigureAwait(false);
                }
            }

            public static async Task TryFinallyAroundTheAwait(string[] keys, CancellationToken ct)
            {
                int waits = 0;
                while (!ct.IsCancellationRequested)
                {
                    HostCache cache = {|WEFT0005:HostCache.Current|};
                    foreach (string key in keys)
                    {
                        cache.ByHost[key] = waits;
                    }

                    try
                    {
                        await Task.Delay(1, ct).ConfigureAwait(false);
                    }
                    finally
                    {
                        waits++;
                    }
                }
            }
        }
        """);

    [Fact]
    public Task A_value_held_across_the_await_is_reported_at_its_first_use_there() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Slot + """
        public sealed class Refresher
        {
            private HostCache? _cache;

            public static async Task ReadBeforeTheLoop(string[] hosts, CancellationToken ct)
            {
                HostCache cache = HostCache.Current;
                while (!ct.IsCancellationRequested)
                {
                    foreach (string host in hosts)
                    {
                        {|WEFT0004:cache|}.ByHost[host] = 1;
                    }

                    await Task.Delay(1, ct).ConfigureAwait(false);
                }
            }

            public static async Task UsedInTheFinally(CancellationToken ct)
            {
                HostCache cache = HostCache.Current;
                try
                {
                    await Task.Delay(1, ct).ConfigureAwait(false);
                }
                finally
                {
                    {|WEFT0004:cache|}.ByHost.Clear();
                }
            }

            public static async Task SwitchAfterTheAwait(int[] codes)
            {
                HostCache cache = HostCache.Current;
                foreach (int code in codes)
                {
                    await Task.Delay(code).ConfigureAwait(false);
                    switch (code)
                    {
                        case 1:
                            {|WEFT0004:cache|}.ByHost.Clear();
                            break;
                        default:
                            continue;
                    }
                }
            }

            public static async Task KeptInALocalsObject()
            {
                var holder = new Holder { Map = HostCache.Current.ByHost };
                await Task.Delay(1).ConfigureAwait(false);
                {|WEFT0004:holder|}.Map!.Clear();
            }

            public static async Task AwaitedResult(string key)
            {
                Dictionary<string, int> byHost = await ByHostAsync().ConfigureAwait(false);
                {|WEFT0004:byHost|}[key] = 1;
            }

            private static async Task<Dictionary<string, int>> ByHostAsync()
            {
                await Task.Yield();
                return HostCache.Current.ByHost;
            }

            public async Task KeptInAField()
            {
                _cache = HostCache.Current;
                await Task.Delay(1).ConfigureAwait(false);
                {|WEFT0004:_cache|}.ByHost.Clear();
            }
        }
        """);
}
