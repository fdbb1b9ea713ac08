// WEFT0001: `required` members: `required` says the initializer must set them, not that they stay unchanged; a
// `required ... { get; set; }` property and a `required` public field stay writable after publication.
using System.Diagnostics.CodeAnalysis;
using Weft;

namespace Corpus5a.RequiredMembers;

[ThreadLocalSlot]
public sealed partial class Listener
{
    public required string Address { get; set; } // expect: WEFT0001
    public required int Port; // expect: WEFT0001
    public int Backlog { get; init; } = 128;

    public Listener() { }

    [SetsRequiredMembers]
    public Listener(string address, int port) { Address = address; Port = port; }
}
