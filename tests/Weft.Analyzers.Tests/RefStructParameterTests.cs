using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// A helper that writes a member of a struct it gets by <c>ref</c> (or as a <c>this ref</c> extension's receiver)
/// writes the caller's variable in place: a static struct's member read-modify-written from worker code races, an
/// element of a snapshot's array written is the snapshot written. Reported at the call. Fails on the engine before (a
/// member of a by-ref struct parameter was taken for the helper's own copy).
/// </summary>
public sealed class RefStructParameterTests
{
    private const string Types = """
        using Weft;
        namespace App;

        public struct Window
        {
            public long Count;
            public Inner Nested;
        }

        public struct Inner
        {
            public long Total;
        }

        public static class Windows
        {
            public static void Advance(ref Window window) => window.Count++;
            public static void AdvanceNested(ref Window window) => window.Nested.Total += 2;
            public static void Bump(this ref Window window) => window.Count++;
            public static void Reset(ref Window window) => window.Count = 0;
            public static void ResetExtension(this ref Window window) => window.Count = 0;
            public static long Peek(ref Window window) => window.Count;
            public static void ResetCopy(Window window) => window.Count = 0;
        }

        """;

    [Fact]
    public Task A_static_struct_read_modify_written_through_a_ref_parameter_from_worker_code_is_reported() => Verifier.AnalyzeAsync<StaticMutationAnalyzer>(Types + """
        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class RateLimiter
        {
            private static Window s_global;

            [WorkerUpdate]
            public void Tick()
            {
                {|WEFT0006:Windows.Advance(ref s_global)|};
                {|WEFT0006:s_global.Bump()|};
                {|WEFT0006:Windows.AdvanceNested(ref s_global)|};
            }
        }
        """);

    [Fact]
    public Task Reads_through_ref_copies_and_worker_owned_structs_are_quiet() => Verifier.AnalyzeAsync<StaticMutationAnalyzer>(Types + """
        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class RateLimiter
        {
            private static Window s_global;
            private Window _own;

            [WorkerUpdate]
            public void Tick()
            {
                long seen = Windows.Peek(ref s_global);
                Windows.ResetCopy(s_global);
                Windows.Advance(ref _own);
                _own.Bump();
                var local = s_global;
                Windows.Advance(ref local);
            }
        }

        public static class Setup
        {
            private static Window s_startup;

            public static void Main() => Windows.Advance(ref s_startup);
        }
        """);

    [Fact]
    public Task An_element_of_a_snapshots_array_written_through_a_ref_parameter_is_reported() => Verifier.AnalyzeAsync<SnapshotMutationAnalyzer>(Types + """
        #pragma warning disable WEFT0001
        [ThreadLocalSlot]
        public sealed partial class Limits
        {
            public Window[] Windows { get; init; } = new Window[4];
        }
        #pragma warning restore WEFT0001

        public static class Roller
        {
            public static void Roll(int i)
            {
                {|WEFT0003:App.Windows.Reset(ref Limits.Current.Windows[i])|};
                {|WEFT0003:Limits.Current.Windows[i].ResetExtension()|};
                {|WEFT0003:App.Windows.Advance(ref Limits.Current.Windows[i])|};
            }
        }
        """);

    [Fact]
    public Task Copies_of_snapshot_elements_and_reads_through_ref_are_quiet() => Verifier.AnalyzeAsync<SnapshotMutationAnalyzer>(Types + """
        #pragma warning disable WEFT0001
        [ThreadLocalSlot]
        public sealed partial class Limits
        {
            public Window[] Windows { get; init; } = new Window[4];
        }
        #pragma warning restore WEFT0001

        public static class Roller
        {
            public static long Roll(int i)
            {
                var copy = Limits.Current.Windows[i];
                App.Windows.Reset(ref copy);
                copy.ResetExtension();
                App.Windows.ResetCopy(Limits.Current.Windows[i]);
                var mine = new Window[4];
                App.Windows.Reset(ref mine[i]);
                return App.Windows.Peek(ref Limits.Current.Windows[i]) + copy.Count;
            }
        }
        """);
}
