package dev.steadfast.cli;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * A minimal PNG encoder for the plots: 8-bit RGB, each scanline filtered with the "Up" filter
 * (plots are mostly runs of identical rows), compressed by the JDK's native zlib at its fastest
 * level. ImageIO's PNG writer reads the image pixel by pixel through the sample model and spent
 * about 0.4 s of a cold JVM per 860 x 640 plot — more than a small model's whole integration
 * (measured in docs/dependencies.md); this one takes the raster's int array as it is. Output is a
 * standard PNG (the tests decode it with ImageIO and compare every pixel).
 */
public final class Png {
    private static final byte[] SIGNATURE = {(byte) 137, 80, 78, 71, 13, 10, 26, 10};

    private Png() {
    }

    /** Draws the chart at its size and writes it as PNG. */
    public static void write(Chart<?, ?> chart, OutputStream out) throws IOException {
        write(BitmapEncoder.getBufferedImage(chart), out);
    }

    /** Writes an image as an 8-bit RGB PNG (alpha, if any, is dropped). */
    public static void write(BufferedImage image, OutputStream out) throws IOException {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] argb = pixels(image);
        ByteArrayOutputStream idat = new ByteArrayOutputStream(w * h / 8 + 1024);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (DeflaterOutputStream z = new DeflaterOutputStream(idat, deflater, 1 << 16)) {
            byte[] line = new byte[1 + 3 * w];
            byte[] previous = new byte[3 * w];
            byte[] current = new byte[3 * w];
            for (int y = 0; y < h; y++) {
                int o = y * w;
                for (int x = 0; x < w; x++) {
                    int p = argb[o + x];
                    current[3 * x] = (byte) (p >>> 16);
                    current[3 * x + 1] = (byte) (p >>> 8);
                    current[3 * x + 2] = (byte) p;
                }
                line[0] = 2; // Up: the difference from the row above
                for (int k = 0; k < current.length; k++) {
                    line[k + 1] = (byte) (current[k] - previous[k]);
                }
                z.write(line);
                byte[] t = previous;
                previous = current;
                current = t;
            }
        } finally {
            deflater.end();
        }
        DataOutputStream d = new DataOutputStream(out);
        d.write(SIGNATURE);
        ByteArrayOutputStream header = new ByteArrayOutputStream(13);
        DataOutputStream hd = new DataOutputStream(header);
        hd.writeInt(w);
        hd.writeInt(h);
        hd.writeByte(8);  // bit depth
        hd.writeByte(2);  // colour type: RGB
        hd.writeByte(0);  // deflate
        hd.writeByte(0);  // adaptive filtering
        hd.writeByte(0);  // no interlace
        chunk(d, "IHDR", header.toByteArray());
        chunk(d, "IDAT", idat.toByteArray());
        chunk(d, "IEND", new byte[0]);
        d.flush();
    }

    private static int[] pixels(BufferedImage image) {
        if ((image.getType() == BufferedImage.TYPE_INT_RGB || image.getType() == BufferedImage.TYPE_INT_ARGB)
                && image.getRaster().getDataBuffer() instanceof DataBufferInt db
                && db.getNumBanks() == 1 && image.getRaster().getParent() == null) {
            return db.getData();
        }
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    private static void chunk(DataOutputStream d, String type, byte[] data) throws IOException {
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        d.writeInt(data.length);
        d.write(t);
        d.write(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        d.writeInt((int) crc.getValue());
    }
}
