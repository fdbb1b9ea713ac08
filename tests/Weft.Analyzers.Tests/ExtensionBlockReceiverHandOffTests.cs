using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// A C# 14 extension block member whose lambda uses the block's receiver sends the caller's receiver where the lambda
/// runs, as a classic extension method's captured <c>this</c> parameter does: worker state called on is reported at
/// the receiver (the WEFT0004 page: "a lambda a helper builds over its parameters carries what the caller passed (an
/// extension member's receiver is its parameter), reported at the caller's call"). Fails on the engine before (the
/// receiver's use in the lambda raised no variable use, so the member's summary handed nothing over).
/// </summary>
public sealed class ExtensionBlockReceiverHandOffTests
{
    private const string Slot = """
        using System;
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Weft;
        namespace App;

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class RecentPaths
        {
            public List<string> Paths { get; } = [];
        }

        public static class RecentPathsExtensions
        {
            extension(RecentPaths recent)
            {
                public Task TrimLater(int keep) => Task.Run(() => recent.Paths.RemoveRange(0, keep));

                public Task CountLater() => Task.Run(() => Console.WriteLine(recent.Paths.Count));

                public void TrimNow(int keep) => recent.Paths.RemoveRange(0, keep);

                public Task TrimCopyLater(int keep)
                {
                    var copy = new List<string>(recent.Paths);
                    return Task.Run(() => copy.RemoveRange(0, keep));
                }
            }
        }

        """;

    [Fact]
    public Task Worker_state_whose_extension_member_hands_its_receiver_to_the_pool_is_reported_at_the_receiver() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Slot + """
        public static class PathHandler
        {
            public static void OnRequest(string path)
            {
                var recent = RecentPaths.Current;
                recent.Paths.Add(path);
                _ = {|WEFT0004:recent|}.TrimLater(256);
                _ = {|WEFT0004:RecentPaths.Current|}.CountLater();
            }
        }
        """);

    [Fact]
    public Task An_extension_member_that_stays_on_the_loop_or_hands_over_a_copy_is_quiet() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Slot + """
        public static class PathHandler
        {
            public static void OnRequest(string path)
            {
                var recent = RecentPaths.Current;
                recent.Paths.Add(path);
                recent.TrimNow(256);
                _ = recent.TrimCopyLater(256);
            }
        }
        """);
}
