using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// A publishing method that replaces the field right after its publish, and returns early without publishing when
/// there is nothing to publish, leaves no published object in the field on any path: the type's other methods that
/// write the field are quiet (the WEFT0002 page: "a publishing method that leaves a new object in the field on every
/// path after the publish"). The early return keeps the old object, but unpublished. One that keeps the published
/// object on some path (the replacement skipped after the publish) is still reported. Fails on the engine before
/// (the early return's unpublished object was joined with the publishing path's new one at the exit).
/// </summary>
public sealed class PublishedFieldEarlyReturnTests
{
    private const string Usings = """
        using System.Collections.Generic;
        using Weft.Slots;
        namespace App;

        """;

    [Fact]
    public Task A_flusher_that_skips_an_empty_batch_and_replaces_a_published_one_is_quiet() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>(Usings + """
        public sealed class MetricsFlusher(Slot<List<double>> exported)
        {
            private List<double> _batch = new();

            public void Record(double value) => _batch.Add(value);

            public void Flush()
            {
                if (_batch.Count == 0)
                {
                    return;
                }

                exported.Publish(_batch);
                _batch = new List<double>();
            }
        }
        """);

    [Fact]
    public Task A_flusher_that_keeps_the_published_batch_on_one_path_is_reported() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>(Usings + """
        public sealed class MetricsFlusher(Slot<List<double>> exported)
        {
            private List<double> _batch = new();

            public void Record(double value) => {|WEFT0002:_batch.Add(value)|};

            public void Flush(bool keep)
            {
                if (_batch.Count == 0)
                {
                    return;
                }

                exported.Publish(_batch);
                if (keep)
                {
                    return;
                }

                _batch = new List<double>();
            }
        }
        """);

    [Fact]
    public Task A_flusher_with_a_loop_that_skips_an_empty_batch_replaces_or_keeps_as_written() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>(Usings + """
        public sealed class Replacing(Slot<List<double>> exported)
        {
            private List<double> _batch = new();

            public void Record(double value) => _batch.Add(value);

            public void Flush(double[] late)
            {
                if (_batch.Count == 0)
                {
                    return;
                }

                foreach (double value in late)
                {
                    _batch.Add(value);
                }

                exported.Publish(_batch);
                _batch = new List<double>();
            }
        }

        public sealed class Keeping(Slot<List<double>> exported)
        {
            private List<double> _batch = new();

            public void Record(double value) => {|WEFT0002:_batch.Add(value)|};

            public void Flush(double[] late)
            {
                if (_batch.Count == 0)
                {
                    return;
                }

                foreach (double value in late)
                {
                    {|WEFT0002:_batch.Add(value)|};
                }

                exported.Publish(_batch);
            }
        }
        """);
}
