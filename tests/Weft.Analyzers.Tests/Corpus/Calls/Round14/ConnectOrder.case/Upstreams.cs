// A project of three files: the upstream list published to every worker (this file; its string[] is WEFT0001 in both
// twins), a generic in-place shuffle extension used across the codebase (Shuffling.cs), and the worker's connect
// planner that shuffles the hosts to spread connection attempts (ConnectPlanner.cs). The planner shuffles the
// snapshot's own array: the page (WEFT0003) says a helper of yours that writes what it is called on is reported at
// the call, here in ConnectPlanner.cs. The quiet twin shuffles a copy.
using System;
using Weft;

namespace Corpus.Calls.R14.ConnectOrderDefect;

[ThreadLocalSlot]
public sealed partial class Upstreams
{
    public required string[] Hosts { get; init; } // expect: WEFT0001
    public int Port { get; init; } = 443;
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(2);
}
