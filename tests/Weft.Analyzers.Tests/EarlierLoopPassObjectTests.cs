using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// An object made and published by an earlier pass of a loop stays published when the same <c>new</c> runs again:
/// a variable carried to the next pass (<c>previous = current</c>) or a list collecting each pass's object still
/// reaches it, so a write through them is WEFT0002; the new object of this pass is not published until its own
/// publish. Fails on the engine before, which kept one object per allocation site and so forgot the earlier pass's
/// publish at the next allocation (corpus Flow/Round5 LoopCarriedPrevious).
/// </summary>
public sealed class EarlierLoopPassObjectTests
{
    private const string Types = """
        using System.Collections.Generic;
        using Weft;
        using Weft.Slots;
        namespace App;

        public sealed class Version
        {
            public int Number;
            public Version? Next;
        }

        """;

    [Fact]
    public Task Writes_to_the_previous_passs_published_object_are_reported() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>(Types + """
        public static class Publisher
        {
            public static void Linked(Slot<Version> slot, IEnumerable<int> numbers)
            {
                Version? previous = null;
                foreach (int n in numbers)
                {
                    var current = new Version { Number = n };
                    if (previous is not null)
                    {
                        {|WEFT0002:previous.Next = current|};
                    }

                    slot.Publish(current);
                    previous = current;
                }
            }

            public static void Collected(Slot<Version> slot, int count)
            {
                var all = new List<Version>();
                for (int i = 0; i < count; i++)
                {
                    var current = new Version { Number = i };
                    if (all.Count > 0)
                    {
                        {|WEFT0002:all[all.Count - 1].Number++|};
                    }

                    all.Add(current);
                    slot.Publish(current);
                }
            }
        }
        """);

    [Fact]
    public Task Each_passs_new_object_written_before_its_publish_and_a_chain_published_once_are_quiet() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>(Types + """
        public static class Publisher
        {
            public static void EachPass(Slot<Version> slot, IEnumerable<int> numbers)
            {
                foreach (int n in numbers)
                {
                    var current = new Version();
                    current.Number = n;
                    current.Next = null;
                    slot.Publish(current);
                }
            }

            public static void Chain(Slot<Version> slot, IEnumerable<int> numbers)
            {
                Version? head = null, previous = null;
                foreach (int n in numbers)
                {
                    var current = new Version { Number = n };
                    if (previous is not null)
                    {
                        previous.Next = current;
                    }

                    head ??= current;
                    previous = current;
                }

                if (head is not null) slot.Publish(head);
            }
        }
        """);
}
