// Quiet twin of ConnectOrder.case: the planner copies the snapshot's hosts (ToArray) and shuffles the copy. The
// snapshot's string[] stays WEFT0001.
using System;
using Weft;

namespace Corpus.Calls.R14.ConnectOrderQuiet;

[ThreadLocalSlot]
public sealed partial class Upstreams
{
    public required string[] Hosts { get; init; } // expect: WEFT0001
    public int Port { get; init; } = 443;
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(2);
}
