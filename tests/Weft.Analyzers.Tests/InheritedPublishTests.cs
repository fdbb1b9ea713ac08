using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// A base class's method that publishes its own field (<c>protected void Commit() => slot.Publish(Entries);</c>),
/// called by a derived class: what the field holds is published from the call on, so the derived class's later write
/// is WEFT0002, and so is a write in another of its methods (a later call of it changes what the previous call
/// published). Fails on the engine before, whose summary of the base method recorded only the publication of a
/// parameter or of the receiver, not of the receiver's field (corpus round 9, cause 7).
/// </summary>
public sealed class InheritedPublishTests
{
    private const string Base = """
        using System.Collections.Generic;
        using Weft.Slots;
        namespace App;

        public abstract class SnapshotSource(Slot<List<string>> slot)
        {
            protected readonly List<string> Entries = new();

            protected void Commit() => slot.Publish(Entries);
        }

        """;

    [Fact]
    public Task A_write_after_the_base_publish_in_the_same_method_is_reported() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>(Base + """
        public sealed class BlocklistSource(Slot<List<string>> slot) : SnapshotSource(slot)
        {
            public void Seal(string marker)
            {
                Commit();
                {|WEFT0002:Entries.Add(marker)|};
            }
        }
        """);

    [Fact]
    public Task A_write_before_the_base_publish_is_reported_as_changing_what_the_previous_call_published() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>(Base + """
        public sealed class BlocklistSource(Slot<List<string>> slot) : SnapshotSource(slot)
        {
            public void Block(string address)
            {
                {|WEFT0002:Entries.Add(address)|};
                Commit();
            }
        }
        """);

    [Fact]
    public Task A_derived_class_that_publishes_a_fresh_copy_and_only_writes_its_own_list_is_quiet() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>("""
        using System.Collections.Generic;
        using Weft.Slots;
        namespace App;

        public abstract class SnapshotSource(Slot<List<string>> slot)
        {
            protected readonly List<string> Entries = new();

            protected void Commit() => slot.Publish(new List<string>(Entries));
        }

        public sealed class BlocklistSource(Slot<List<string>> slot) : SnapshotSource(slot)
        {
            public void Block(string address)
            {
                Entries.Add(address);
                Commit();
            }
        }
        """);
}
