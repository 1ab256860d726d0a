import type { ThemeConfig } from 'antd';

/**
 * Party red as the primary colour, large readable type (many users are elderly), and text colours chosen so that
 * every text/background pair reaches WCAG AA contrast (antd's default greys and blue links do not).
 */
export const PARTY_RED = '#c00000'; // 6.5:1 on white
export const PARTY_RED_DARK = '#9b0000';
export const STAR_YELLOW = '#ffd400';

export const theme: ThemeConfig = {
  token: {
    colorPrimary: PARTY_RED,
    colorLink: '#a40000', // 7.9:1 on white
    colorInfo: '#0b57d0', // 6.0:1 on white
    colorSuccess: '#1e7b34',
    colorWarning: '#b35c00',
    colorError: '#b42318', // 6.2:1 on white
    colorText: 'rgba(0, 0, 0, 0.88)',
    colorTextSecondary: 'rgba(0, 0, 0, 0.68)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    colorTextDescription: 'rgba(0, 0, 0, 0.62)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
    fontSize: 16,
    fontSizeSM: 14,
    fontSizeLG: 18,
    fontSizeHeading1: 30,
    fontSizeHeading2: 24,
    fontSizeHeading3: 20,
    fontSizeHeading4: 18,
    controlHeight: 40,
    controlHeightSM: 32,
    controlHeightLG: 48,
    borderRadius: 6,
    fontFamily:
      "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Liberation Sans', Arial, 'Helvetica Neue', sans-serif",
  },
  components: {
    Layout: {
      headerBg: PARTY_RED_DARK,
      headerColor: '#ffffff',
      headerHeight: 64,
      headerPadding: '0 16px',
      siderBg: '#ffffff',
      bodyBg: '#f5f5f5',
    },
    Menu: {
      itemColor: 'rgba(0, 0, 0, 0.88)',
      itemSelectedColor: PARTY_RED_DARK,
      itemSelectedBg: '#fdecec',
      itemHoverColor: PARTY_RED_DARK,
      groupTitleColor: 'rgba(0, 0, 0, 0.68)',
      itemHeight: 48,
      iconSize: 18,
    },
    Table: {
      headerBg: '#f0f0f0',
    },
    Switch: {
      // The "off" track is grey with white text: make it dark enough for 4.5:1.
      colorTextQuaternary: '#6b6b6b',
      colorTextTertiary: '#595959',
    },
    Badge: {
      textFontSize: 13,
    },
  },
};
