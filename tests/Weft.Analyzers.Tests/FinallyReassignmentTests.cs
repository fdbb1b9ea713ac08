using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// A branch out of a <c>try</c> runs its <c>finally</c> on the way: the state it arrives with is what the finally left
/// (corpus round 11, Flow/Round11 FinallyClearsBatch.Quiet). A finally that starts a new list after the publish leaves
/// the next pass writing the new list (quiet); one that clears the published list writes it, and so does the next
/// pass. The quiet test fails on the engine before, which joined the state before the finally into the state after it.
/// </summary>
public sealed class FinallyReassignmentTests
{
    private const string Usings = """
        using System.Collections.Generic;
        using Weft;
        using Weft.Slots;
        namespace App;

        """;

    [Fact]
    public Task A_finally_that_starts_a_new_list_after_the_publish_leaves_the_next_pass_quiet() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>(Usings + """
        public static class Batcher
        {
            public static void Run(Slot<List<string>> slot, IEnumerable<string> lines)
            {
                var batch = new List<string>();
                foreach (var line in lines)
                {
                    batch.Add(line);
                    if (batch.Count == 16)
                    {
                        try
                        {
                            slot.Publish(batch);
                        }
                        finally
                        {
                            batch = new List<string>();
                        }
                    }
                }
            }

            public static List<string> PublishAndRenew(Slot<List<string>> slot, List<string> names)
            {
                var current = names;
                try
                {
                    slot.Publish(current);
                }
                finally
                {
                    current = new List<string>();
                }

                current.Add("next");
                return current;
            }
        }
        """);

    [Fact]
    public Task A_finally_that_clears_the_published_list_writes_it_and_so_does_the_next_pass() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>(Usings + """
        public static class Batcher
        {
            public static void Run(Slot<List<string>> slot, IEnumerable<string> lines)
            {
                var batch = new List<string>();
                foreach (var line in lines)
                {
                    {|WEFT0002:batch.Add(line)|};
                    if (batch.Count == 16)
                    {
                        try
                        {
                            slot.Publish(batch);
                        }
                        finally
                        {
                            {|WEFT0002:batch.Clear()|};
                        }
                    }
                }
            }
        }
        """);
}
