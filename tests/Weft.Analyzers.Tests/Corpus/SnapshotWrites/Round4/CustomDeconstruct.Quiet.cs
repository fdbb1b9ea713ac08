// Quiet twin of CustomDeconstruct: the hand-written Deconstruct hands out immutable arrays; the balancer copies them
// into collections of its own before changing anything.
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Weft;

namespace Corpus.Round4.CustomDeconstructQuiet;

[ThreadLocalSlot]
public sealed partial class Upstreams
{
    public ImmutableArray<string> Hosts { get; init; } = ImmutableArray<string>.Empty;
    public ImmutableArray<int> Weights { get; init; } = ImmutableArray<int>.Empty;

    public void Deconstruct(out ImmutableArray<string> hosts, out ImmutableArray<int> weights)
    {
        hosts = Hosts;
        weights = Weights;
    }
}

public static class Balancer
{
    public static (List<string> Hosts, int[] Weights) Demote(string host)
    {
        var (hosts, weights) = Upstreams.Current;
        List<string> myHosts = hosts.ToList();
        int[] myWeights = weights.ToArray();
        int index = myHosts.IndexOf(host);
        if (index >= 0)
        {
            myWeights[index] = 0;
            myHosts.RemoveAt(index);
        }

        return (myHosts, myWeights);
    }
}
