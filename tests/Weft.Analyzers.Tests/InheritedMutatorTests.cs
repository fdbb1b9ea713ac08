using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// A derived class that publishes what a base class's field holds and then calls a base method changing that field's
/// object (<c>base.Reset()</c> clearing the list, an inherited <c>Append</c>) writes the published object: WEFT0002 at
/// the call (the base's body knows nothing of the derived class's publish). Called before the publish, or when a copy
/// was published, quiet. Fails on the engine before, which left a callee's writes to the caller's own fields to the
/// callee's body (corpus PublishedWrites/Round5 BaseMemberOfPublisher).
/// </summary>
public sealed class InheritedMutatorTests
{
    private const string Base = """
        using System.Collections.Generic;
        using Weft.Slots;
        namespace App;

        public abstract class PublisherBase
        {
            protected List<string> Buffer { get; } = new();

            protected void Reset() => Buffer.Clear();

            protected void Append(string name) => Buffer.Add(name);
        }

        """;

    [Fact]
    public Task Base_mutators_called_after_the_derived_class_published_the_field_are_reported() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>(Base + """
        public sealed class NamePublisher(Slot<List<string>> slot) : PublisherBase
        {
            public void Publish()
            {
                slot.Publish(base.Buffer);
                {|WEFT0002:base.Reset()|};
                {|WEFT0002:Append("late")|};
            }
        }
        """);

    [Fact]
    public Task Base_mutators_before_publishing_a_copy_are_quiet() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>(Base + """
        public sealed class NamePublisher(Slot<List<string>> slot) : PublisherBase
        {
            public void Publish(string name)
            {
                base.Reset();
                Append(name);
                slot.Publish(new List<string>(Buffer));
                Append("next");
            }
        }
        """);
}
