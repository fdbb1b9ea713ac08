// Quiet twin of MotdBuilderAfterPublish: the board holds only immutable dictionaries.
using System.Collections.Immutable;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.MotdBuilderAfterPublish;

public sealed record MotdBoard(ImmutableDictionary<string, string> ByRoom, ImmutableDictionary<string, string> Live);

public sealed class MotdService
{
    private readonly Slot<MotdBoard> _slot;
    private readonly ImmutableDictionary<string, string>.Builder _builder = ImmutableDictionary.CreateBuilder<string, string>();

    public MotdService(WorkerPool pool) => _slot = pool.AllocateSlot<MotdBoard>();

    public void SetMotd(string room, string text)
    {
        if (string.IsNullOrWhiteSpace(text)) _builder.Remove(room);
        else _builder[room] = text.Trim();
        ImmutableDictionary<string, string> rooms = _builder.ToImmutable();
        _slot.Publish(new MotdBoard(rooms, rooms));
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
