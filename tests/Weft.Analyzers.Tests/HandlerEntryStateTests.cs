using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// A <c>finally</c> (or <c>catch</c>) may run after any point of its <c>try</c>, not after code before the try: the
/// head of an enclosing loop, which still holds the previous pass's list (published at the end of that pass), is not
/// one of them, since this pass made a new list before entering the try. So a <c>foreach</c> over an interface (its
/// enumerator disposed in a finally) nested in a loop that makes and publishes a new list per pass leaves that pass's
/// list unpublished until its own publish. Fails on the engine before, which joined every block before the finally into
/// it (corpus round 14: Flow/Round14 HealthSweep, the write above the publish and the quiet twin's sort).
/// </summary>
public sealed class HandlerEntryStateTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Weft;
        using Weft.Slots;
        namespace App;

        public sealed class Cluster
        {
            public IReadOnlyList<string> Hosts { get; } = new List<string>();
            public Slot<List<string>> Healthy { get; } = null!;
        }

        """;

    [Fact]
    public Task Each_passs_new_list_written_before_its_publish_is_quiet() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>(Usings + """
        public static class Sweep
        {
            public static async Task RunAsync(IEnumerable<Cluster> clusters, Func<string, Task<bool>> probe)
            {
                foreach (Cluster cluster in clusters)
                {
                    var healthy = new List<string>(cluster.Hosts.Count);
                    foreach (string host in cluster.Hosts)
                    {
                        if (await probe(host))
                        {
                            healthy.Add(host);
                        }
                    }

                    switch (healthy.Count)
                    {
                        case 0:
                            healthy.AddRange(cluster.Hosts);
                            cluster.Healthy.Publish(healthy);
                            continue;
                        default:
                            break;
                    }

                    healthy.Sort(StringComparer.Ordinal);
                    cluster.Healthy.Publish(healthy);
                }
            }

            public static void Caught(IEnumerable<Cluster> clusters, Func<string, bool> probe)
            {
                foreach (Cluster cluster in clusters)
                {
                    var healthy = new List<string>();
                    try
                    {
                        foreach (string host in cluster.Hosts)
                        {
                            if (probe(host))
                            {
                                healthy.Add(host);
                            }
                        }
                    }
                    catch (InvalidOperationException)
                    {
                        healthy.Clear();
                    }

                    cluster.Healthy.Publish(healthy);
                }
            }
        }
        """);

    [Fact]
    public Task A_write_after_the_passs_own_publish_is_still_reported() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>(Usings + """
        public static class Sweep
        {
            public static async Task RunAsync(IEnumerable<Cluster> clusters, Func<string, Task<bool>> probe)
            {
                foreach (Cluster cluster in clusters)
                {
                    var healthy = new List<string>(cluster.Hosts.Count);
                    foreach (string host in cluster.Hosts)
                    {
                        if (await probe(host))
                        {
                            healthy.Add(host);
                        }
                    }

                    switch (healthy.Count)
                    {
                        case 0:
                            healthy.AddRange(cluster.Hosts);
                            cluster.Healthy.Publish(healthy);
                            break;
                        default:
                            break;
                    }

                    {|WEFT0002:healthy.Sort(StringComparer.Ordinal)|};
                    cluster.Healthy.Publish(healthy);
                }
            }

            public static void CaughtAfterPublish(IEnumerable<Cluster> clusters)
            {
                foreach (Cluster cluster in clusters)
                {
                    var healthy = new List<string>(cluster.Hosts);
                    try
                    {
                        cluster.Healthy.Publish(healthy);
                    }
                    finally
                    {
                        {|WEFT0002:healthy.Clear()|};
                    }
                }
            }
        }
        """);
}
