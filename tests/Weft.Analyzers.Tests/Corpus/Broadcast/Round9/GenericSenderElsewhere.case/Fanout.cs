// WEFT0007 across files: a generic helper (this file) hands its T to Slot<T>.RunOnAllThreadsAsync's [Published]
// state; Banner.cs calls it with a StringBuilder. The page: judged at each call of the helper, with the caller's type.
using System.Threading.Tasks;
using Weft.Slots;

namespace Corpus.Broadcast.R9.GenericSenderElsewhere;

public sealed class Screen
{
    public string? Banner { get; set; }
}

public static class Fanout
{
    public static Task Send<T>(Slot<Screen> slot, T state) =>
        slot.RunOnAllThreadsAsync((screen, s) => screen.Banner = s?.ToString(), state);
}
