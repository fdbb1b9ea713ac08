// WEFT0005: an `async void` event handler awaits with ConfigureAwait(false) and then reads Current.
using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus5b.AsyncVoidHandlerAfterConfigureAwait;

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public ImmutableArray<string> Routes { get; init; }
}

public sealed class RouteView
{
    public event EventHandler? Refreshed;

    public RouteView() => Refreshed += OnRefreshed;

    public void Raise() => Refreshed?.Invoke(this, EventArgs.Empty);

    private async void OnRefreshed(object? sender, EventArgs e)
    {
        await Task.Delay(5).ConfigureAwait(false);
        Console.WriteLine(RouteTable.Current.Routes.Length); // expect: WEFT0005
    }
}
