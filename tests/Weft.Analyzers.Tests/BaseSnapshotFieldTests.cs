using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// A base class that keeps a snapshot's data in a field its derived classes reach (<c>protected readonly Catalog
/// Catalog = Shared.Catalog;</c>, or set in its constructor): a derived class's write through that field, in a body
/// that touches nothing else of Weft, writes the snapshot (WEFT0003 at the write; corpus SnapshotWrites/Round10
/// BaseKeepsSnapshotField). A base field that holds a copy is quiet. Each defect test fails on the engine before: the
/// snapshot fact was the base type's, and the derived type's bodies were judged against its own facts only.
/// </summary>
public sealed class BaseSnapshotFieldTests
{
    private const string Catalog = """
        using System.Collections.Generic;
        using System.Linq;
        using Weft;
        namespace App;

        public sealed class Catalog
        {
            public List<string> Names { get; } = new();
        }

        public static class Shared
        {
            private static readonly Catalog s_catalog = new();

            [SharedSnapshot]
            public static Catalog Catalog => s_catalog;
        }

        public abstract class CatalogUser
        {
            protected readonly Catalog Catalog = Shared.Catalog;
        }

        public abstract class NamesUser
        {
            protected NamesUser() => Names = Shared.Catalog.Names;

            protected List<string> Names { get; }
        }

        public abstract class CopyUser
        {
            protected readonly List<string> Names = Shared.Catalog.Names.ToList();
        }
        """;

    [Fact]
    public Task A_derived_class_writing_the_snapshot_its_base_keeps_in_a_field_is_reported_at_the_write() => Verifier.AnalyzeFilesAsync<SnapshotMutationAnalyzer>(Catalog, """
        namespace App;

        public sealed class Suggester : CatalogUser
        {
            public int Learn(string name)
            {
                var names = Catalog.Names;
                {|WEFT0003:names.Add(name)|};
                return names.Count;
            }
        }

        public sealed class Ranker : NamesUser
        {
            public void Forget(string name) => {|WEFT0003:Names.Remove(name)|};
        }
        """);

    [Fact]
    public Task A_derived_class_writing_a_copy_its_base_keeps_is_quiet() => Verifier.AnalyzeFilesAsync<SnapshotMutationAnalyzer>(Catalog, """
        namespace App;

        public sealed class Suggester : CopyUser
        {
            public int Learn(string name)
            {
                Names.Add(name);
                return Names.Count;
            }
        }
        """);
}
