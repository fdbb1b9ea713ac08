using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// A helper that returns a new object holding its argument (`static Page PageOf(all, i) => new(all, i)`): the caller
/// gets an object whose members hold what it passed, as if it had written the `new` itself. Issue 10's "calls" category;
/// each test fails on the engine before this rule (the helper's result was a new object holding nothing).
/// </summary>
public sealed class FactoryHelperTests
{
    [Fact]
    public Task Snapshot_data_wrapped_by_a_helper_is_still_the_snapshots() => Verifier.AnalyzeAsync<SnapshotMutationAnalyzer>("""
        using System.Collections.Generic;
        using Weft;
        namespace App;

        public sealed class Lobby
        {
            public string Id { get; init; } = "";
            public bool Full { get; set; }
        }

        #pragma warning disable WEFT0001
        [ThreadLocalSlot]
        public sealed partial class LobbyDirectory
        {
            public List<Lobby> Lobbies { get; init; } = new();
        }
        #pragma warning restore WEFT0001

        public sealed class Page
        {
            public Page(List<Lobby> items, int index)
            {
                Items = items;
                Index = index;
            }

            public List<Lobby> Items { get; }
            public int Index { get; }
        }

        public static class Browser
        {
            private static Page PageOf(List<Lobby> all, int index) => new(all, index);

            private static Page CopyOf(List<Lobby> all, int index) => new(new List<Lobby>(), index);

            public static void Fill(string id, int index)
            {
                Page page = PageOf(LobbyDirectory.Current.Lobbies, index);
                {|WEFT0003:page.Items.Clear()|};
                Page copy = CopyOf(LobbyDirectory.Current.Lobbies, index);
                copy.Items.Clear();
            }
        }
        """);

    [Fact]
    public Task Worker_state_wrapped_by_a_helper_escapes_with_the_wrapper() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>("""
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading.Tasks;
        using Weft;
        namespace App;

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class ZoneState
        {
            public List<int> Entities { get; } = new();
            public string Zone { get; } = "z";
        }

        public sealed class SaveJob
        {
            private readonly string _zone;
            private readonly List<int> _entities;

            public SaveJob(string zone, List<int> entities)
            {
                _zone = zone;
                _entities = entities;
            }

            public static SaveJob For(ZoneState state) => new(state.Zone, state.Entities);

            public static SaveJob Detached(ZoneState state) => new(state.Zone, state.Entities.ToList());

            public int Run() => _entities.Sum() + _zone.Length;
        }

        public static class Saver
        {
            public static Task<int> SaveAsync()
            {
                SaveJob job = SaveJob.For(ZoneState.Current);
                return Task.Run({|WEFT0004:job.Run|});
            }

            public static Task<int> SaveCopyAsync()
            {
                SaveJob job = SaveJob.Detached(ZoneState.Current);
                return Task.Run(job.Run);
            }
        }
        """);

    /// <summary>
    /// A class with a primary constructor keeps an argument in the member initialized from its parameter
    /// (`Items { get; } = items;`), built directly or by a helper; a member initialized with a copy keeps the copy.
    /// </summary>
    [Fact]
    public Task A_primary_constructor_keeps_an_argument_in_the_member_initialized_from_it() => Verifier.AnalyzeAsync<SnapshotMutationAnalyzer>("""
        using System.Collections.Generic;
        using System.Linq;
        using Weft;
        namespace App;

        public sealed class Lobby
        {
            public bool Full { get; set; }
        }

        #pragma warning disable WEFT0001
        [ThreadLocalSlot]
        public sealed partial class LobbyDirectory
        {
            public List<Lobby> Lobbies { get; init; } = new();
        }
        #pragma warning restore WEFT0001

        public sealed class Page(List<Lobby> items, int index)
        {
            public List<Lobby> Items { get; } = items;
            public List<Lobby> Copy { get; } = items.ToList();
            public int Index { get; } = index;
        }

        public static class Browser
        {
            private static Page PageOf(List<Lobby> all, int index) => new(all, index);

            public static void Fill(int index)
            {
                Page page = new(LobbyDirectory.Current.Lobbies, index);
                {|WEFT0003:page.Items.Clear()|};
                page.Copy.Clear();
                Page wrapped = PageOf(LobbyDirectory.Current.Lobbies, index);
                {|WEFT0003:wrapped.Items.Clear()|};
            }
        }
        """);
}
