using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// Worker state a constructor keeps (a field it assigns, a primary constructor's parameter its members use) is judged
/// by what the kept type's own bodies do with it: read in its finalizer or in a callback it hands to another thread, it
/// is reported where the state was handed to the constructor. A per-worker type's own field copied into a local and
/// captured off the loop is that worker's state too. Each positive fails on the engine before (constructor stores were
/// kept in the heap only, and a local holding an own field's object was not worker state).
/// </summary>
public sealed class ConstructorKeptStateTests
{
    private const string Slot = """
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Weft;
        namespace App;

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class HostCache
        {
            public readonly Dictionary<string, int> Leases = new();
        }

        """;

    [Fact]
    public Task Worker_state_kept_by_a_constructor_and_read_in_the_finalizer_is_reported_where_it_is_handed() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Slot + """
        public static class Taker
        {
            public static Lease Take(string key) => {|WEFT0004:new Lease(HostCache.Current.Leases, key)|};
        }

        public sealed class Lease
        {
            private readonly Dictionary<string, int> _leases;
            private readonly string _key;

            public Lease(Dictionary<string, int> leases, string key)
            {
                _leases = leases;
                _key = key;
            }

            ~Lease() => _leases.Remove(_key);
        }
        """);

    [Fact]
    public Task A_primary_constructor_parameter_used_by_the_finalizer_is_kept_state() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Slot + """
        public static class Taker
        {
            public static Lease Take(string key) => {|WEFT0004:new Lease(HostCache.Current.Leases, key)|};
        }

        public sealed class Lease(Dictionary<string, int> leases, string key)
        {
            ~Lease() => leases.Remove(key);
        }
        """);

    [Fact]
    public Task A_per_worker_types_own_field_kept_by_a_type_that_hands_it_to_the_pool_is_reported() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>("""
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Weft;
        namespace App;

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class HostCache
        {
            private readonly Dictionary<string, int> _leases = new();

            public Sweeper StartSweeper() => {|WEFT0004:new Sweeper(_leases)|};
        }

        public sealed class Sweeper
        {
            private readonly Dictionary<string, int> _leases;

            public Sweeper(Dictionary<string, int> leases)
            {
                _leases = leases;
                Task.Run(() => _leases.Clear());
            }
        }
        """);

    [Fact]
    public Task A_per_worker_types_own_field_copied_to_a_local_and_captured_off_the_loop_is_reported() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>("""
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Weft;
        namespace App;

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class HostCache
        {
            private readonly Dictionary<string, int> _leases = new();

            public void ForgetLater(string key)
            {
                var leases = _leases;
                Task.Run(() => {|WEFT0004:leases|}.Remove(key));
            }
        }
        """);

    [Fact]
    public Task Kept_copies_values_and_types_that_stay_on_the_loop_are_quiet() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Slot + """
        public static class Taker
        {
            public static Lease Copy(string key) => new Lease(new Dictionary<string, int>(HostCache.Current.Leases), key);
            public static Counter Count() => new Counter(HostCache.Current.Leases.Count);
            public static Holder Hold() => new Holder(HostCache.Current.Leases);
        }

        public sealed class Lease(Dictionary<string, int> leases, string key)
        {
            ~Lease() => leases.Remove(key);
        }

        public sealed class Counter(int count)
        {
            ~Counter() => System.Console.WriteLine(count);
        }

        public sealed class Holder(Dictionary<string, int> leases)
        {
            public void Forget(string key) => leases.Remove(key);
        }
        """);
}
