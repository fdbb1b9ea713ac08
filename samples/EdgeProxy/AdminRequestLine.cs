using System;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace EdgeProxy;

/// <summary>Reads an admin request's first line, bounded: a client cannot make the admin buffer without limit.</summary>
internal static class AdminRequestLine
{
    /// <summary>The longest request line served (Envoy's admin and most servers allow about this much).</summary>
    public const int MaxLength = 8 * 1024;

    /// <summary>The first line without its CR LF; "" when the client closed before sending one; null when too long.</summary>
    public static async Task<string?> ReadAsync(Stream stream, CancellationToken cancel)
    {
        byte[] buffer = new byte[MaxLength + 2];
        int length = 0;
        while (length < buffer.Length)
        {
            int read = await stream.ReadAsync(buffer.AsMemory(length, 1), cancel);
            if (read == 0)
            {
                return Encoding.ASCII.GetString(buffer, 0, length).TrimEnd('\r');
            }

            if (buffer[length] == (byte)'\n')
            {
                return Encoding.ASCII.GetString(buffer, 0, length).TrimEnd('\r');
            }

            length++;
        }

        return null;
    }
}
