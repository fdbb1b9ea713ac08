// An auth service signs session tokens on the workers with the key published to every worker. The key ring holds the
// secret as a byte[] (WEFT0001 on the member, in both twins). To derive a per-audience key the signer takes an
// ArraySegment<byte> over the secret and XORs the audience salt into it: the segment is a writable view over the
// snapshot's array, so the write through its indexer writes the snapshot (WEFT0003). The quiet twin copies the
// segment into a stack buffer first and XORs there.
using System;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Views.R14.TokenSignerDefect;

[ThreadLocalSlot]
public sealed partial class KeyRing
{
    public required string KeyId { get; init; }
    public required byte[] Secret { get; init; } // expect: WEFT0001
    public DateTimeOffset NotAfter { get; init; }
}

public sealed class TokenSigner
{
    private const int KeyLength = 32;
    private long _signed;

    public long Signed => _signed;

    public string Sign(string subject, string audience, DateTimeOffset now)
    {
        var ring = KeyRing.Current;
        if (now > ring.NotAfter)
        {
            throw new InvalidOperationException($"key {ring.KeyId} expired at {ring.NotAfter:O}");
        }

        var key = new ArraySegment<byte>(ring.Secret, 0, KeyLength);
        Span<byte> salt = stackalloc byte[KeyLength];
        SHA256.HashData(Encoding.UTF8.GetBytes(audience), salt);
        for (int i = 0; i < KeyLength; i++)
        {
            key[i] ^= salt[i]; // expect: WEFT0003
        }

        var payload = Encoding.UTF8.GetBytes($"{subject}|{audience}|{now.ToUnixTimeSeconds()}");
        Span<byte> mac = stackalloc byte[32];
        HMACSHA256.HashData(key, payload, mac);
        _signed++;
        return $"{ring.KeyId}.{Convert.ToBase64String(payload)}.{Convert.ToBase64String(mac)}";
    }

    public static bool LooksSigned(string token) => token.Split('.') is [_, var body, var mac] && body.Length > 0 && Base64.IsValid(mac);
}

public static class KeyRotation
{
    public static Task RotateAsync(WorkerPool pool, string keyId, TimeSpan lifetime)
    {
        var secret = RandomNumberGenerator.GetBytes(64);
        return KeyRing.PublishAsync(pool, new KeyRing { KeyId = keyId, Secret = secret, NotAfter = DateTimeOffset.UtcNow + lifetime });
    }
}
