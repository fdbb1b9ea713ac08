using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// The role attributes on a parameter (their XML docs: `[SharedSnapshot]` data is read-only for everybody,
/// `[WorkerOwned]` state must not reach another thread): the method's body is judged with what the parameter holds.
/// Fails on the engine before this rule (only members' and returns' roles were read).
/// </summary>
public sealed class ParameterRoleTests
{
    [Fact]
    public Task A_write_through_a_SharedSnapshot_parameter_is_a_snapshot_write() => Verifier.AnalyzeAsync<SnapshotMutationAnalyzer>("""
        using System.Collections.Generic;
        using System.Linq;
        using Weft;
        namespace App;

        public sealed class BoardEntry(string player, int score)
        {
            public string Player { get; } = player;
            public int Score { get; } = score;
        }

        public sealed class BoardData
        {
            public List<BoardEntry> Entries { get; } = new();
        }

        public static class BoardRenderer
        {
            public static IEnumerable<string> Render([SharedSnapshot] BoardData board, int top)
            {
                List<BoardEntry> entries = board.Entries;
                {|WEFT0003:entries.Sort((a, b) => b.Score.CompareTo(a.Score))|};
                return entries.Take(top).Select(e => e.Player);
            }

            public static IEnumerable<string> RenderCopy([SharedSnapshot] BoardData board, int top)
            {
                var entries = new List<BoardEntry>(board.Entries);
                entries.Sort((a, b) => b.Score.CompareTo(a.Score));
                return entries.Take(top).Select(e => e.Player);
            }

            public static void Fill(BoardData scratch) => scratch.Entries.Clear();
        }
        """);

    [Fact]
    public Task A_WorkerOwned_parameter_handed_to_another_thread_escapes() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>("""
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Weft;
        namespace App;

        public static class Saver
        {
            public static Task SaveAsync([WorkerOwned] Dictionary<string, int> counts) => Task.Run(() => {|WEFT0004:counts|}.Clear());

            public static Task SaveCopyAsync([WorkerOwned] Dictionary<string, int> counts)
            {
                var copy = new Dictionary<string, int>(counts);
                return Task.Run(() => copy.Clear());
            }
        }
        """);

    /// <summary>The one object a static get-only auto-property holds is shared like a static field's (WEFT0006).</summary>
    [Fact]
    public Task A_read_modify_write_through_a_static_get_only_property_is_a_static_write() => Verifier.AnalyzeAsync<StaticMutationAnalyzer>("""
        using System.Threading;
        using Weft;
        namespace App;

        public sealed class GameMetrics
        {
            public static GameMetrics Instance { get; } = new();
            public long Kills;
            public long Deaths;
        }

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class CombatSystem
        {
            [WorkerUpdate]
            private void Kill(int count)
            {
                {|WEFT0006:GameMetrics.Instance.Kills++|};
                Interlocked.Increment(ref GameMetrics.Instance.Deaths);
            }
        }
        """);
}
