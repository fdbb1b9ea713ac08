// Quiet twin of RequiredMembers: `required` with `init`, and a `required readonly`-style field replaced by a required
// init property; a [SetsRequiredMembers] constructor sets them.
using System.Diagnostics.CodeAnalysis;
using Weft;

namespace Corpus5a.RequiredMembersQuiet;

[ThreadLocalSlot]
public sealed partial class Listener
{
    public required string Address { get; init; }
    public required int Port { get; init; }
    public int Backlog { get; init; } = 128;

    public Listener() { }

    [SetsRequiredMembers]
    public Listener(string address, int port) { Address = address; Port = port; }
}
