// WEFT0003: a `this ref` extension on a struct called on an element of a snapshot's array (a ref into it).
using Weft;

namespace Corpus.Views.R8.ThisRefExtensionOnSnapshotElement;

public struct Window
{
    public int Count;
}

public static class WindowExtensions
{
    public static void Reset(this ref Window window) => window.Count = 0;
}

#pragma warning disable WEFT0001 // the mutable snapshot is the point of the case
[ThreadLocalSlot]
public sealed partial class Limits
{
    public Window[] Windows { get; init; } = new Window[4];
}
#pragma warning restore WEFT0001

public static class Roller
{
    public static void Roll(int i) => Limits.Current.Windows[i].Reset(); // expect: WEFT0003
}
