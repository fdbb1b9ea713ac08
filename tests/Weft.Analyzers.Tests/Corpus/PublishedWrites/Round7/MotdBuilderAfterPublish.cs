// Chat broker: the message of the day is kept per room in an ImmutableDictionary builder; main publishes a record
// holding the builder's ToImmutable() result — and the builder itself for "fast lookups". The builder is mutable until
// ToImmutable, and the next SetMotd writes it. Twin: only the immutable dictionary is published.
using System.Collections.Immutable;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.MotdBuilderAfterPublish;

public sealed record MotdBoard(ImmutableDictionary<string, string> ByRoom, ImmutableDictionary<string, string>.Builder Live);

public sealed class MotdService
{
    private readonly Slot<MotdBoard> _slot;
    private readonly ImmutableDictionary<string, string>.Builder _builder = ImmutableDictionary.CreateBuilder<string, string>();

    public MotdService(WorkerPool pool) => _slot = pool.AllocateSlot<MotdBoard>();

    public void SetMotd(string room, string text)
    {
        if (string.IsNullOrWhiteSpace(text)) _builder.Remove(room); // expect: WEFT0002
        else _builder[room] = text.Trim(); // expect: WEFT0002
        _slot.Publish(new MotdBoard(_builder.ToImmutable(), _builder));
    }

    public string? Motd(string room) => _builder.TryGetValue(room, out var text) ? text : null;
}

public static class MotdText
{
    public const int MaxLength = 280;

    public static string Sanitize(string text)
    {
        text = text.Replace('\n', ' ').Replace('\r', ' ').Trim();
        return text.Length <= MaxLength ? text : text[..MaxLength];
    }

    public static bool IsRoomName(string room) => room.Length > 0 && room[0] == '#';
}
