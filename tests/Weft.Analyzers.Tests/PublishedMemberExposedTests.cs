using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// A publisher that publishes what one of its fields holds and also hands that field out (a get-only property, a
/// method returning it): code outside the type that calls the publishing method and then writes through the property
/// writes the published object (WEFT0002 at the write; corpus PublishedWrites/Round5 PublisherPropertyExposesField and
/// Round10 PublishedFieldExposedByProperty). Written before the publish, or when the publisher replaces the field by a
/// copy after publishing, quiet. Each defect test fails on the engine before: the caller did not know what the member
/// of the object it called holds (a field initializer's object), so the publish marked nothing it could reach again.
/// </summary>
public sealed class PublishedMemberExposedTests
{
    private const string Usings = """
        using System.Collections.Generic;
        using Weft;
        using Weft.Slots;
        namespace App;

        public sealed class Routes
        {
            public List<string> Paths { get; } = new();
        }

        """;

    [Fact]
    public Task A_write_through_the_publishers_property_after_its_publish_is_reported() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>(Usings + """
        public sealed class RoutesPublisher(Slot<Routes> slot)
        {
            private readonly Routes _routes = new();

            public Routes Published => _routes;

            public Routes Current() => _routes;

            public void Publish() => slot.Publish(_routes);
        }

        public static class Admin
        {
            public static void Run(WorkerPool pool)
            {
                var publisher = new RoutesPublisher(pool.AllocateSlot<Routes>());
                publisher.Published.Paths.Add("/first");
                publisher.Publish();
                {|WEFT0002:publisher.Published.Paths.Add("/admin")|};
            }

            public static void Edit(RoutesPublisher publisher)
            {
                publisher.Publish();
                {|WEFT0002:publisher.Current().Paths.Clear()|};
            }
        }
        """);

    [Fact]
    public Task A_publisher_that_replaces_the_field_by_a_copy_after_publishing_is_quiet() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>(Usings + """
        public sealed class Snapshotter
        {
            private readonly Slot<List<string>> _slot;
            private List<string> _names = new();

            public Snapshotter(Slot<List<string>> slot) => _slot = slot;

            public List<string> Names => _names;

            public void Commit()
            {
                _slot.Publish(_names);
                _names = new List<string>(_names);
            }
        }

        public static class Editor
        {
            public static void AddAndCommit(Snapshotter snapshotter, string name)
            {
                snapshotter.Names.Add(name);
                snapshotter.Commit();
                snapshotter.Names.Add(name);
            }
        }
        """);

    [Fact]
    public Task A_publisher_that_keeps_the_published_list_reports_the_write_after_its_commit() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>(Usings + """
        public sealed class Snapshotter
        {
            private readonly Slot<List<string>> _slot;
            private readonly List<string> _names = new();

            public Snapshotter(Slot<List<string>> slot) => _slot = slot;

            public List<string> Names => _names;

            public void Commit() => _slot.Publish(_names);
        }

        public static class Editor
        {
            public static void AddAndCommit(Snapshotter snapshotter, string name)
            {
                snapshotter.Names.Add(name);
                snapshotter.Commit();
                {|WEFT0002:snapshotter.Names.Add(name)|};
            }
        }
        """);
}
