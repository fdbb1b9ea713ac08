using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// A method of a helper object handed over as a method group (an event handler raised on another thread, a
/// <c>Task.Run</c> callback) takes along what that method reads of the object on that thread, not everything the object
/// holds (corpus ThreadContext/Round10 WatcherHandlerOfHelperObject): a handler that clears the worker's dictionary it
/// keeps there is reported where it is handed over; one that posts the clear back to the loop it kept beside the
/// dictionary, or reads only another field, is quiet. The quiet tests fail on the engine before (the object was handed
/// over whole, so whatever it held counted); the defect tests guard that the narrowing keeps the real escapes, also
/// through the helper's other methods.
/// </summary>
public sealed class MethodGroupReceiverTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.IO;
        using System.Threading.Tasks;
        using Weft;
        using Weft.Slots;
        using Weft.Threading;
        namespace App;

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class SessionCache
        {
            public Dictionary<string, int> Hits { get; } = new();
        }

        public sealed class Invalidator
        {
            private readonly Dictionary<string, int> _hits;
            private readonly Dispatcher _home;
            private int _changes;

            public Invalidator(Dictionary<string, int> hits)
            {
                _hits = hits;
                _home = Dispatcher.Current!;
            }

            public void Clear(object sender, FileSystemEventArgs e) => _hits.Clear();

            public void ClearThroughHelper(object sender, FileSystemEventArgs e) => Forget();

            public void PostClear(object sender, FileSystemEventArgs e) => _home.Post(() => _hits.Clear());

            public void Count(object sender, FileSystemEventArgs e) => _changes++;

            public void Run() => _hits.Clear();

            private void Forget() => _hits.Remove("stale");
        }

        """;

    [Fact]
    public Task A_handler_of_a_helper_that_clears_the_worker_state_it_keeps_is_reported_where_it_is_added() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Usings + """
        public static class Watching
        {
            public static void Attach(FileSystemWatcher watcher)
            {
                var invalidator = new Invalidator(SessionCache.Current.Hits);
                {|WEFT0004:watcher.Changed += invalidator.Clear|};
                {|WEFT0004:watcher.Created += invalidator.ClearThroughHelper|};
            }

            public static Task RunLater() => Task.Run({|WEFT0004:new Invalidator(SessionCache.Current.Hits).Run|});
        }
        """);

    [Fact]
    public Task A_handler_that_posts_back_home_or_reads_only_its_own_counter_is_quiet() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Usings + """
        public static class Watching
        {
            public static void Attach(FileSystemWatcher watcher)
            {
                var invalidator = new Invalidator(SessionCache.Current.Hits);
                watcher.Changed += invalidator.PostClear;
                watcher.Deleted += invalidator.Count;
            }
        }
        """);
}
