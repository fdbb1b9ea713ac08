// Chat broker: a worker sends push notifications to offline members of a room; each send is an async lambda under
// Task.WhenAll with ConfigureAwait(false), after which the lambda marks the member notified in the worker's own set —
// possibly on a pool thread. Twin: the lambdas only send; the worker marks after WhenAll (plain await).
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.PushNotifyWhenAll;

public interface IPushGateway
{
    Task SendAsync(string user, string text);
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class NotifyState
{
    public HashSet<string> Notified { get; } = new();
}

public sealed class OfflineNotifier
{
    private readonly IPushGateway _push;

    public OfflineNotifier(IPushGateway push) => _push = push;

    public async Task NotifyAsync(IReadOnlyList<string> offline, string text)
    {
        NotifyState state = NotifyState.Current;
        await Task.WhenAll(offline.Where(u => !state.Notified.Contains(u)).Select(async user =>
        {
            await _push.SendAsync(user, text).ConfigureAwait(false);
            state.Notified.Add(user); // expect: WEFT0004
        }));
    }
}

public static class PushText
{
    public const int MaxLength = 140;

    public static string Clip(string text) => text.Length <= MaxLength ? text : text[..(MaxLength - 1)] + "…";
}
