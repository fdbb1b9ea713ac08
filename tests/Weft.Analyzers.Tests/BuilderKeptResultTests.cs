using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// A builder that keeps the object it builds and returns (<c>_last = manifest; return manifest;</c>) holds the very
/// object its caller got: once the caller publishes it, a later call that changes the builder's member changes the
/// published object (WEFT0002, at the call). Fails on the engine before, whose summary said what the method returned
/// but not that the receiver kept it (corpus round 14: Calls/Round14 ManifestBuilder).
/// </summary>
public sealed class BuilderKeptResultTests
{
    private const string Types = """
        using System.Collections.Generic;
        using Weft.Slots;
        namespace App;

        public sealed class ManifestBuilder
        {
            private Dictionary<string, string> _last = new();

            public Dictionary<string, string> Build(IEnumerable<string> paths)
            {
                var manifest = new Dictionary<string, string>();
                foreach (string path in paths)
                {
                    manifest[path] = path;
                }

                _last = manifest;
                return manifest;
            }

            public bool AddLate(string path) => _last.TryAdd(path, path);
        }

        """;

    [Fact]
    public Task A_late_add_through_the_builder_after_the_publish_is_reported() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>(Types + """
        public sealed class Publisher
        {
            private readonly ManifestBuilder _builder = new();

            public void Publish(Slot<Dictionary<string, string>> slot, IEnumerable<string> paths)
            {
                var manifest = _builder.Build(paths);
                slot.Publish(manifest);
                {|WEFT0002:_builder.AddLate("late")|};
            }
        }
        """);

    [Fact]
    public Task A_late_add_before_the_publish_is_quiet() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>(Types + """
        public sealed class Publisher
        {
            private readonly ManifestBuilder _builder = new();

            public void Publish(Slot<Dictionary<string, string>> slot, IEnumerable<string> paths)
            {
                var manifest = _builder.Build(paths);
                _builder.AddLate("late");
                slot.Publish(manifest);
            }
        }
        """);
}
